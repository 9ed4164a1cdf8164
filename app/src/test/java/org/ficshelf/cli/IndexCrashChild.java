package org.ficshelf.cli;

import java.nio.file.Path;
import java.util.List;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.testing.KilledImports;

/** The import {@link IndexCrashTest} runs in a child JVM and kills: {@code INPUT DATA}; says what it does on stdout. */
final class IndexCrashChild {
    private IndexCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Archive a = Indexes.open(Path.of(args[1]))) {
            KilledImports.sayReady(System.out);
            a.importPaths(List.of(Path.of(args[0])), ImportOptions.defaults(),
                    KilledImports.sayImported(System.out));
        }
    }
}
