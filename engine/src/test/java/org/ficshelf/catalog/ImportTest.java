package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.jspecify.annotations.Nullable;

@OnBothCatalogs
class ImportTest {
    @Parameter
    CatalogDb db;

    @TempDir
    Path tmp;

    static String story(String title, String author, int paragraphs) {
        StringBuilder s = new StringBuilder("Title: " + title + "\nAuthor: " + author + "\nRating: PG\n\n");
        for (int i = 0; i < paragraphs; i++) {
            s.append("The rain kept falling on the roof of the old house, paragraph ").append(i)
                    .append(".\n\n");
        }
        return s.toString();
    }

    static Path write(Path dir, String name, String text) throws IOException {
        Path p = dir.resolve(name);
        Files.createDirectories(p.getParent());
        Files.writeString(p, text, StandardCharsets.UTF_8);
        return p;
    }

    /** Opens the catalog of {@code data} in the database under test. */
    static Catalog open(CatalogDb db, Path data) throws IOException {
        return Catalog.open(data, db.url(data));
    }

    @Test
    void twoDataDirectoriesSharingOnePostgresqlCatalogCannotImportAtOnce() throws Exception {
        assumeTrue(db == CatalogDb.POSTGRESQL, "the embedded catalog lives in its data directory's lock");
        Path first = tmp.resolve("first");
        Path second = tmp.resolve("second");
        String shared = db.url(first);
        write(tmp.resolve("a"), "a.txt", story("Lanterns", "Wren", 3));
        write(tmp.resolve("b"), "b.txt", story("Tides", "Moss", 3));
        List<Throwable> refused = new ArrayList<>();
        try (Catalog one = Catalog.open(first, shared); Catalog two = Catalog.open(second, shared)) {
            one.importPaths(List.of(tmp.resolve("a")), ImportOptions.defaults(), new ImportListener() {
                @Override
                public void done(String path, Outcome outcome, @Nullable String detail, long diskBytes) {
                    try {
                        two.importPaths(List.of(tmp.resolve("b")), ImportOptions.defaults(),
                                ImportListener.NONE);
                    } catch (IOException e) {
                        refused.add(e);
                    }
                }
            });
            assertThat(refused).singleElement().extracting(Throwable::getMessage).asString()
                    .contains("another ficshelf is importing");
            ImportSummary after = two.importPaths(List.of(tmp.resolve("b")), ImportOptions.defaults(),
                    ImportListener.NONE);
            assertThat(after.imported()).as("the lock is released when the first import ends").isEqualTo(1);
        }
    }

    @Test
    void anOriginalStoredWithoutItsWorkIsImportedWhenSeenAgain() throws IOException {
        Path in = tmp.resolve("in");
        Path file = write(in, "orphan.txt", story("Fog", "Cy", 4));
        Path data = tmp.resolve("data");
        try (Catalog c = open(db, data)) {
            c.stats(); // the schema exists; no work yet
        }
        Originals store = new Originals(data.resolve("originals"));
        store.makeDurable(
                List.of(java.util.Objects.requireNonNull(store.put(Files.readAllBytes(file)).pending())));
        try (Catalog c = open(db, data)) {
            ImportSummary s = c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
            assertThat(s.imported()).as("a killed import stored the bytes, never the work").isEqualTo(1);
            assertThat(c.work(1).orElseThrow().record().title()).isEqualTo("Fog");
        }
    }

    @Test
    void importsFolderAndReimportAddsNothing() throws IOException {
        Path in = tmp.resolve("in");
        write(in, "a.txt", story("Rain", "Ann", 3));
        write(in, "sub/b.txt", story("Snow", "Bea", 5));
        write(in, "README.md", "# not a story");
        try (Catalog c = open(db, tmp.resolve("data"))) {
            ImportSummary first = c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
            assertThat(first.imported()).isEqualTo(2);
            assertThat(first.skipped()).containsEntry(".md file", 1);
            ImportSummary second = c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
            assertThat(second.imported()).isZero();
            assertThat(second.alreadyPresent()).isEqualTo(2);
            assertThat(c.stats().works()).isEqualTo(2);
            StoredWork w = c.work(1).orElseThrow();
            assertThat(w.originals()).hasSize(1);
            assertThat(w.originals().get(0).path()).endsWith("a.txt");
            assertThat(c.original(w.originals().get(0).sha256()).orElseThrow())
                    .isEqualTo(Files.readAllBytes(in.resolve("a.txt")));
            assertThat(c.stats().runs()).hasSize(2);
        }
    }

    @Test
    void statsCountWorksByFandomRatingAndLanguageMostFirstTiesByName() throws IOException {
        Path in = tmp.resolve("in");
        String[][] works = {{"a", "Stargate SG-1", "PG"}, {"b", "angel", "PG"}, {"c", "Buffy", "R"},
                {"d", "Buffy", "PG"}, {"e", "Stargate SG-1", "R"}, {"f", "Zorro", "PG"}};
        for (String[] w : works) {
            write(in, w[0] + ".txt", "Title: " + w[0] + "\nAuthor: Ann\nFandom: " + w[1] + "\nRating: " + w[2]
                    + "\n\n" + "The rain kept falling on the roof of the old house.\n\n".repeat(4));
        }
        try (Catalog c = open(db, tmp.resolve("data"))) {
            c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
            CatalogStats s = c.stats();
            assertThat(s.works()).isEqualTo(6);
            assertThat(s.words()).isPositive();
            assertThat(s.byFandom().keySet()).hasSize(4);
            assertThat(s.byFandom().values()).containsExactly(2L, 2L, 1L, 1L);
            List<String> fandoms = List.copyOf(s.byFandom().keySet());
            assertThat(fandoms.subList(0, 2)).isSorted();
            assertThat(fandoms.get(3)).as("works without a fandom come last").isEqualTo("(none)");
            assertThat(List.copyOf(s.byRating().values()))
                    .isSortedAccordingTo(java.util.Comparator.reverseOrder());
            assertThat(s.byRating().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(6);
            assertThat(s.originals()).isEqualTo(6);
            assertThat(s.rejects()).isZero();
        }
    }
}
