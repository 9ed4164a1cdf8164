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
    void readsAWorkBackWithItsStoryTextPartsInPartOrder() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        for (int part : new int[]{3, 1, 2}) {
            Files.writeString(in.resolve("salt-" + part + ".txt"), "Title: Salt (" + part + "/3)\n"
                    + "Author: Quill\nFandom: Buffy the Vampire Slayer\n\n"
                    + "The text of part number " + part + " goes on for a while here.\n",
                    java.nio.charset.StandardCharsets.UTF_8);
        }
        try (Archive archive = Archive.open(tmp.resolve("data"))) {
            archive.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
            assertThat(archive.stats().works()).isEqualTo(1);

            Work work = archive.read(1).orElseThrow();

            assertThat(work.record().title()).isEqualTo("Salt");
            assertThat(work.body().chapters()).hasSize(3);
            assertThat(org.ficshelf.doc.PlainText
                    .render(new org.ficshelf.doc.Document(List.of(work.body().chapters().get(0)))))
                    .contains("part number 1");
            assertThat(org.ficshelf.doc.PlainText
                    .render(new org.ficshelf.doc.Document(List.of(work.body().chapters().get(2)))))
                    .contains("part number 3");
            assertThat(archive.read(1).orElseThrow()).isSameAs(work);
            assertThat(archive.read(2)).isEmpty();
        }
    }

    @Test
    void readingCommandsRefuseADirectoryWithoutAnArchive() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> Archive.openExisting(tmp.resolve("none")))
                .isInstanceOf(java.nio.file.NoSuchFileException.class);
    }
}
