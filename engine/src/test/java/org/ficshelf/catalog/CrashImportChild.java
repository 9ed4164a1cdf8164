package org.ficshelf.catalog;

import java.nio.file.Path;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The import the crash test runs in a child JVM and kills: {@code INPUT DATA JDBC_URL}; says what
 * it does on stdout.
 */
final class CrashImportChild {
    private CrashImportChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Catalog c = Catalog.open(Path.of(args[1]), args[2])) {
            System.out.println("ready");
            System.out.flush();
            c.importPaths(List.of(Path.of(args[0])), ImportOptions.defaults(), new ImportListener() {
                @Override
                public void done(String path, Outcome outcome, @Nullable String detail, long diskBytes) {
                    if (outcome == Outcome.IMPORTED) {
                        System.out.println("imported");
                        System.out.flush();
                    }
                }
            });
        }
    }
}
