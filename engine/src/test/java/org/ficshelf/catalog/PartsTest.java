package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.ChapterInfo;
import org.ficshelf.SourceInfo;
import org.ficshelf.Work;
import org.ficshelf.WorkReader;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Document;
import org.jspecify.annotations.Nullable;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Multi-part posts: part numbers, the assembly key, and assembly in part order whatever the arrival order. */
@OnBothCatalogs
class PartsTest {
    @Parameter
    CatalogDb db;

    @TempDir
    Path tmp;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "[BTVS] FIC: Salt (2/3) Spike/Xander, R | 2 | 3",
            "NEW: Long Night [1/12] | 1 | 12",
            "Long Night, part 4 of 7 | 4 | 7",
            "Long Night (Part 3 of 5) | 3 | 5",
            "Long Night (5/?) | 5 | ",
            "Long Night 1/2 hour | | ",
            "Songs (4/3) | | "})
    void readsPartNumbers(String text, @Nullable Integer part, @Nullable Integer of) {
        Parts.Number n = Parts.parse(text);
        if (part == null) {
            assertThat(n).isNull();
        } else {
            assertThat(n).isEqualTo(new Parts.Number(part, of));
        }
    }

    @Test
    void partsOfOneWorkShareAKeyWhateverTheirPartMarker() {
        assertThat(Parts.key(record("Salt (1/3)", "Quill", "a", 10)))
                .isEqualTo(Parts.key(record("Salt", "quill", "b", 10)));
        assertThat(Parts.key(record("Salt", "Quill", "a", 10)))
                .isNotEqualTo(Parts.key(record("Pepper", "Quill", "a", 10)));
    }

    @Test
    void assemblesPartsInOrderWhateverOrderTheyArriveIn() throws Exception {
        try (Connection c = connection()) {
            CatalogWriter w = new CatalogWriter(c, 1, ImportListener.NONE, true,
                    new Originals(tmp.resolve("originals")), null);
            w.write(prepared(3, 30));
            w.write(prepared(1, 10));
            w.write(prepared(2, 20));
            ImportSummary s = w.summary(java.time.Duration.ZERO);
            assertThat(s.imported()).isEqualTo(1);
            assertThat(s.assembled()).isEqualTo(2);
            StoredWork work = Views.work(c, 1).orElseThrow();
            assertThat(work.record().chapters()).extracting(ChapterInfo::title)
                    .containsExactly("Part 1", "Part 2", "Part 3");
            assertThat(work.record().chapters()).extracting(ChapterInfo::words).containsExactly(10, 20, 30);
            assertThat(work.record().words()).isEqualTo(60);
            assertThat(work.record().complete()).isTrue();
            assertThat(work.record().source().sha256()).isEqualTo(WorkReader.sha256(bytes(1)));
            assertThat(work.originals()).extracting(StoredWork.Original::part).containsExactly(1, 2, 3);
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM chapters WHERE work_id = 1")).isEqualTo(3);
        }
    }

    @Test
    void aWorkMissingAPartIsIncomplete() throws Exception {
        try (Connection c = connection()) {
            CatalogWriter w = new CatalogWriter(c, 1, ImportListener.NONE, true,
                    new Originals(tmp.resolve("originals")), null);
            w.write(prepared(1, 10));
            w.write(prepared(3, 30));
            assertThat(Views.work(c, 1).orElseThrow().record().complete()).isFalse();
        }
    }

    private Connection connection() throws Exception {
        Connection c = db.connect(tmp.resolve("parts"));
        Migrator.shipped().migrate(c);
        c.setAutoCommit(false);
        RunStore.start(c, "import", "test");
        return c;
    }

    private static byte[] bytes(int part) {
        return ("part " + part).getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    private static Importer.Prepared prepared(int part, int words) {
        byte[] b = bytes(part);
        WorkRecord r = record("Salt", "Quill", "[BTVS] FIC: Salt (" + part + "/3) Spike/Xander, R", words);
        SourceInfo s = new SourceInfo("salt-" + part + ".eml", WorkReader.sha256(b), b.length, "email",
                "US-ASCII", 1);
        WorkRecord withSource = new WorkRecord(s, r.title(), r.authors(), r.summary(), r.fandoms(),
                r.rating(),
                r.contentRating(), r.warnings(), r.categories(), r.relationships(), r.characters(), r.tags(),
                r.language(), r.words(), r.complete(), r.pov(), r.chapters(), r.notes(), r.footnotes(),
                r.stated(),
                r.fields(), r.problems());
        Item item = Item.bytes("list/salt-" + part + ".eml", "salt-" + part + ".eml", b, b.length);
        return new Importer.Prepared(item, WorkReader.sha256(b), null, null,
                new Work(withSource, Document.empty()),
                (long) b.length);
    }

    static WorkRecord record(String title, String author, String subject, int words) {
        Map<String, @Nullable String> stated = new LinkedHashMap<>();
        stated.put("subject", subject);
        SourceInfo s = new SourceInfo("x", "0".repeat(64), 1, "email", "US-ASCII", 1);
        return new WorkRecord(s, title, List.of(author), null, List.of("Buffy the Vampire Slayer"), "Mature",
                null,
                List.of(), List.of("M/M"), List.of("Spike/Xander Harris"), List.of("Spike"), List.of(), "en",
                words,
                null, "third", List.of(new ChapterInfo(null, words)), List.of(), List.of(), stated, Map.of(),
                List.of());
    }
}
