package org.ficshelf.cli;

import java.nio.file.Path;
import java.util.List;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.Outcome;
import org.jspecify.annotations.Nullable;

/** The import {@link IndexCrashTest} runs in a child JVM and kills: {@code INPUT DATA}; says what it does on stdout. */
final class IndexCrashChild {
    private IndexCrashChild() {
    }

    public static void main(String[] args) throws Exception {
        try (Archive a = Indexes.open(Path.of(args[1]))) {
            System.out.println("ready");
            System.out.flush();
            a.importPaths(List.of(Path.of(args[0])), ImportOptions.defaults(), new ImportListener() {
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
