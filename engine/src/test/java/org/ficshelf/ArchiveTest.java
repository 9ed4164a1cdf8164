package org.ficshelf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import org.ficshelf.catalog.StoredWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The facade over a realistic input: the shared development corpus (skipped when absent). */
class ArchiveTest {
    private static final Path DEV = Path.of("..", "shared", "corpus", "dev");

    @TempDir
    Path tmp;

    private static Path dev() {
        return Files.isDirectory(DEV) ? DEV : Path.of("..", "..", "shared", "corpus", "dev");
    }

    @Test
    void importsTheDevCorpusOnceAndKeepsEveryOriginal() throws Exception {
        Path dev = dev();
        assumeThat(Files.isDirectory(dev)).as("the shared dev corpus").isTrue();
        try (Archive archive = Archive.open(tmp.resolve("data"))) {
            ImportSummary first = archive.importPaths(List.of(dev), ImportOptions.defaults(),
                    ImportListener.NONE);
            ImportSummary again = archive.importPaths(List.of(dev), ImportOptions.defaults(),
                    ImportListener.NONE);

            assertThat(first.imported() + first.assembled()).isEqualTo(16);
            assertThat(first.rejected()).isZero();
            assertThat(again.imported() + again.assembled()).isZero();
            assertThat(again.alreadyPresent()).isEqualTo(16);
            assertThat(archive.stats().works()).isEqualTo(first.imported());
            for (long id = 1; id <= archive.stats().works(); id++) {
                StoredWork w = archive.work(id).orElseThrow();
                for (StoredWork.Original o : w.originals()) {
                    assertThat(archive.original(o.sha256()).orElseThrow())
                            .isEqualTo(Files.readAllBytes(Path.of(o.path())));
                }
            }
        }
    }

    @Test
    void readingCommandsRefuseADirectoryWithoutAnArchive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Archive.openExisting(tmp.resolve("none")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
