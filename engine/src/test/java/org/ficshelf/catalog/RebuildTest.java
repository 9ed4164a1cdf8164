package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** The originals are the source of truth: a rebuild from them gives the same catalog. */
@OnBothCatalogs
class RebuildTest {
    @Parameter
    CatalogDb db;

    @TempDir
    Path tmp;

    @Test
    void rebuildGivesTheSameCatalog() throws Exception {
        Path in = tmp.resolve("in");
        for (int i = 0; i < 12; i++) {
            ImportTest.write(in, "f" + i + "/story" + i + ".txt",
                    ImportTest.story("Story " + i, "Author " + i % 3, 2 + i));
        }
        Files.write(in.resolve("empty.txt"), new byte[0]);
        try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(in.resolve("more.zip")))) {
            z.putNextEntry(new ZipEntry("zipped.txt"));
            z.write(ImportTest.story("Zipped", "Zed", 3).getBytes(java.nio.charset.StandardCharsets.UTF_8));
            z.closeEntry();
        }
        Path data = tmp.resolve("data");
        try (Catalog c = ImportTest.open(db, data)) {
            c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        }
        List<String> before = CatalogDump.of(db, data);

        ImportSummary rebuilt;
        try (Catalog c = ImportTest.open(db, data)) {
            rebuilt = c.rebuild(ImportOptions.defaults(), ImportListener.NONE);
        }

        assertThat(rebuilt.imported()).isEqualTo(13);
        assertThat(rebuilt.rejected()).isEqualTo(1);
        assertThat(CatalogDump.of(db, data)).isEqualTo(before);
        assertThat(before).anyMatch(l -> l.contains("more.zip!/zipped.txt"));
    }

    @Test
    void rebuildAfterLosingTheCatalogRecoversEveryWorkFromTheOriginals() throws Exception {
        Path in = tmp.resolve("in");
        ImportTest.write(in, "a.txt", ImportTest.story("A", "Ann", 2));
        ImportTest.write(in, "b.txt", ImportTest.story("B", "Bob", 2));
        Path data = tmp.resolve("data");
        try (Catalog c = ImportTest.open(db, data)) {
            c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        }
        db.drop(data);
        try (Catalog c = ImportTest.open(db, data)) {
            assertThat(c.rebuild(ImportOptions.defaults(), ImportListener.NONE).imported()).isEqualTo(2);
            assertThat(c.stats().works()).isEqualTo(2);
        }
    }
}
