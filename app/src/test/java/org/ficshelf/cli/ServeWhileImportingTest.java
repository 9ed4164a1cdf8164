package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A served archive takes no lock an import needs, and shows what the import commits. */
class ServeWhileImportingTest {
    @TempDir
    Path tmp;

    private Path story(String name, String title, String word) throws Exception {
        Path dir = Files.createDirectories(tmp.resolve("in-" + name));
        Files.writeString(dir.resolve(name + ".txt"),
                "Title: " + title + "\nAuthor: Quill\n\nThe " + word + " rose over the hill.\n",
                StandardCharsets.UTF_8);
        return dir;
    }

    @Test
    void anImportRunsWhileTheArchiveIsServedAndItsWorksAppear() throws Exception {
        Path data = tmp.resolve("data");
        try (Archive first = Indexes.open(data)) {
            first.importPaths(List.of(story("a", "Dawn Light", "sun")), ImportOptions.defaults(),
                    ImportListener.NONE);
        }
        try (Archive served = Indexes.openForServing(data, null)) {
            assertThat(served.search(SearchQuery.of("moon")).total()).isZero();

            try (Archive importer = Indexes.open(data)) {
                importer.importPaths(List.of(story("b", "Night Watch", "moon")), ImportOptions.defaults(),
                        ImportListener.NONE);
            }

            long deadline = System.nanoTime() + 10_000_000_000L;
            long found = 0;
            while (found == 0 && System.nanoTime() < deadline) {
                Thread.sleep(200);
                found = served.search(SearchQuery.of("moon")).total();
            }
            assertThat(found).isEqualTo(1);
            assertThat(served.stats().works()).isEqualTo(2);
            assertThat(served.work(2)).isPresent();
        }
    }
}
