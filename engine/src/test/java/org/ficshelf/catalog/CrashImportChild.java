package org.ficshelf.catalog;

import java.nio.file.Path;
import java.util.List;
import org.ficshelf.testing.KilledImports;

/**
 * The import {@link CrashTest} runs in a child JVM and kills: {@code INPUT DATA JDBC_URL}; says
 * what it does on stdout.
 */
final class CrashImportChild {
    private CrashImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Catalog c = Catalog.open(Path.of(args[1]), args[2])) {
            KilledImports.sayReady(System.out);
            c.importPaths(List.of(Path.of(args[0])), ImportOptions.defaults(),
                    KilledImports.sayImported(System.out));
        }
    }
}
