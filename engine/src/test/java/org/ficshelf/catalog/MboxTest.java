package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
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

/** An mbox file gives one original per message; the messages laid end to end are the file. */
@OnBothCatalogs
class MboxTest {
    @Parameter
    CatalogDb db;

    private static final String MBOX = """
            From wren@example.org Mon Jan  3 10:00:00 2000
            From: Wren <wren@example.org>
            Subject: FIC: Lanterns (1/2)

            The lanterns swung.
            From the hill they looked like stars.

            From moss@example.org Tue Jan  4 10:00:00 2000
            From: Moss <moss@example.org>
            Subject: FIC: Tides

            The tide came in.
            """;

    @TempDir
    Path tmp;

    @Test
    void splitsAtEnvelopeLinesFollowedByHeadersOnly() throws Exception {
        byte[] bytes = MBOX.getBytes(StandardCharsets.US_ASCII);
        List<Item> items = new ArrayList<>();
        Mbox.split("list.mbox", bytes, bytes.length, items::add);

        assertThat(items).extracting(Item::path).containsExactly("list.mbox#1", "list.mbox#2");
        assertThat(items).extracting(Item::name).containsExactly("list.mbox-1.eml", "list.mbox-2.eml");
        ByteArrayOutputStream joined = new ByteArrayOutputStream();
        items.forEach(i -> joined.writeBytes(i.bytes()));
        assertThat(joined.toByteArray()).isEqualTo(bytes);
        assertThat(new String(items.get(0).bytes(), StandardCharsets.US_ASCII)).contains("From the hill");
    }

    @Test
    void importsEachMessageAsAWork() throws Exception {
        Path box = tmp.resolve("in/archive");
        Files.createDirectories(box.getParent());
        Files.writeString(box, MBOX, StandardCharsets.US_ASCII);
        try (Catalog c = ImportTest.open(db, tmp.resolve("data"))) {
            ImportSummary s = c.importPaths(List.of(box), ImportOptions.defaults(), ImportListener.NONE);
            assertThat(s.imported()).isEqualTo(2);
            assertThat(c.work(2).orElseThrow().originals().get(0).path()).isEqualTo(box + "#2");
        }
    }
}
