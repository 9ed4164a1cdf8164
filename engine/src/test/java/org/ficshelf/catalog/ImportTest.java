package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

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
}
