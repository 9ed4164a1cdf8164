package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ficshelf.Archive;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchQuery;
import org.junit.jupiter.api.BeforeEach;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Imports, rebuilds and opening keep the search index in line with the catalog. */
@OnBothCatalogs
class IndexingTest {
    @Parameter
    CatalogDb db;

    @TempDir
    Path tmp;

    private Path in;
    private Path data;
    private final MemoryBackend index = new MemoryBackend();

    @BeforeEach
    void corpus() throws Exception {
        in = tmp.resolve("in");
        data = tmp.resolve("data");
        ImportTest.write(in, "a.txt", "Title: Lanterns\nAuthor: Wren\n\nThe lanterns swung over the quay.\n");
        ImportTest.write(in, "b.txt", "Title: Tides\nAuthor: Moss\n\nThe tide came in over the sand.\n");
        ImportTest.write(in, "c.txt", "Title: Embers\nAuthor: Ash\n\nThe embers glowed in the grate.\n");
    }

    private ImportSummary importAll(Catalog c) throws Exception {
        return c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
    }

    /** A two-part story posted as two messages: 1.eml and 2.eml. */
    private Path kites() throws Exception {
        Path parts = tmp.resolve("parts");
        ImportTest.write(parts, "1.eml",
                "From: Wren <wren@example.org>\nSubject: FIC: Kites (1/2)\n\nThe first kite rose.\n");
        ImportTest.write(parts, "2.eml",
                "From: Wren <wren@example.org>\nSubject: FIC: Kites (2/2)\n\nThe second kite tore free.\n");
        return parts;
    }

    @Test
    void importIndexesEachNewWorkOnceAndMakesItDurableAndVisible() throws Exception {
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            importAll(c);
            assertThat(index.committed()).containsOnlyKeys(1L, 2L, 3L);
            assertThat(index.count()).isEqualTo(3);
            assertThat(index.indexCalls).isEqualTo(3);

            ImportSummary again = importAll(c);
            assertThat(again.alreadyPresent()).isEqualTo(3);
            assertThat(index.indexCalls).as("present bytes are not indexed again").isEqualTo(3);
        }
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            assertThat(c.syncIndex()).as("a finished import leaves nothing to redo").isZero();
        }
    }

    @Test
    void theIndexedWorkHasTheCatalogIdTextAndTimeAdded() throws Exception {
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            importAll(c);
            for (long id = 1; id <= 3; id++) {
                StoredWork stored = c.work(id).orElseThrow();
                IndexedWork indexed = index.committed().get(id);
                assertThat(indexed.title()).isEqualTo(stored.record().title());
                assertThat(indexed.added()).isEqualTo(Instant.parse(stored.added()));
                String phrase = switch (String.valueOf(stored.record().title())) {
                    case "Lanterns" -> "lanterns swung";
                    case "Tides" -> "tide came in";
                    default -> "embers glowed";
                };
                assertThat(String.join(" ", indexed.chapters())).contains(phrase);
            }
        }
    }

    @Test
    void anAssembledWorkIsIndexedWithTheTextOfEveryPartInPartOrder() throws Exception {
        Path parts = kites();
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            ImportSummary s = c.importPaths(List.of(parts.resolve("2.eml"), parts.resolve("1.eml")),
                    new ImportOptions(ImportLimits.defaults(), false, 1), ImportListener.NONE);
            assertThat(s.assembled()).isEqualTo(1);
            IndexedWork w = index.committed().get(1L);
            assertThat(index.committed()).hasSize(1);
            String text = String.join("\n", w.chapters());
            assertThat(text.indexOf("first kite")).isNotNegative().isLessThan(text.indexOf("second kite"));
            assertThat(w.complete()).isTrue();
        }
    }

    @Test
    void openingIndexesWhatTheIndexLacksAndDropsWhatTheCatalogLacks() throws Exception {
        try (Catalog c = ImportTest.open(db, data)) {
            importAll(c); // a crash after the catalog's commits, before the index's
        }
        index.index(new IndexedWork(99, "Gone", List.of(), null, List.of(), List.of(), List.of(), List.of(),
                List.of(), null, List.of(), List.of(), null, 0, null, Instant.EPOCH, List.of()));
        index.commit();
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            assertThat(c.syncIndex()).isEqualTo(4);
            assertThat(index.committed()).containsOnlyKeys(1L, 2L, 3L);
            assertThat(c.syncIndex()).as("in line: nothing to do").isZero();
        }
    }

    @Test
    void aPartAssembledJustBeforeACrashIsReindexedThoughTheIndexHasAnOlderDocumentOfIt() throws Exception {
        Path parts = kites();
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            c.importPaths(List.of(parts.resolve("1.eml")), ImportOptions.defaults(), ImportListener.NONE);
        }
        assertThat(String.join(" ", index.committed().get(1L).chapters())).doesNotContain("second kite");

        index.failCommits = true; // the process dies as the index commits the assembled work
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            assertThatThrownBy(() -> c.importPaths(List.of(parts.resolve("2.eml")), ImportOptions.defaults(),
                    ImportListener.NONE)).hasMessageContaining("power cut");
        }
        index.crash();
        index.failCommits = false;
        assertThat(String.join(" ", index.committed().get(1L).chapters()))
                .as("the index kept part 1 alone").doesNotContain("second kite");

        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            assertThat(c.work(1).orElseThrow().record().chapters()).hasSize(2);
            assertThat(c.syncIndex()).isEqualTo(1);
            assertThat(String.join(" ", index.committed().get(1L).chapters())).contains("first kite",
                    "second kite");
            assertThat(c.syncIndex()).as("the journal was cleared: nothing left to redo").isZero();
        }
    }

    @Test
    void rebuildClearsTheIndexAndFillsItFromTheCatalog() throws Exception {
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            importAll(c);
            index.index(new IndexedWork(99, "Stray", List.of(), null, List.of(), List.of(), List.of(),
                    List.of(), List.of(), null, List.of(), List.of(), null, 0, null, Instant.EPOCH,
                    List.of()));
            c.rebuild(ImportOptions.defaults(), ImportListener.NONE);
            assertThat(index.committed()).containsOnlyKeys(1L, 2L, 3L);
            assertThat(index.committed().get(2L).title()).isEqualTo(c.work(2).orElseThrow().record().title());
            assertThat(Files.exists(data.resolve(Catalog.INDEX_STALE))).isFalse();
        }
    }

    @Test
    void anUnfinishedRebuildMakesTheNextOpenRebuildTheIndexWhole() throws Exception {
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            importAll(c);
        }
        IndexedWork stale = index.committed().get(1L);
        index.index(new IndexedWork(1, "Outdated", stale.authors(), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), null, 0, null, stale.added(), List.of()));
        index.commit();
        Files.createFile(data.resolve(Catalog.INDEX_STALE));
        try (Catalog c = Catalog.open(data, db.url(data), index)) {
            assertThat(c.syncIndex()).isEqualTo(3);
        }
        assertThat(index.committed().get(1L).title()).isEqualTo("Lanterns");
        assertThat(Files.exists(data.resolve(Catalog.INDEX_STALE))).isFalse();
    }

    @Test
    void theArchiveSearchesItsIndexAndSaysWhatOpeningRepaired() throws Exception {
        try (Archive a = Archive.open(data, db.url(data), null)) {
            a.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        }
        try (Archive a = Archive.open(data, db.url(data), dir -> index)) {
            assertThat(a.reindexedOnOpen()).isEqualTo(3);
            assertThat(a.search(SearchQuery.of("")).total()).isEqualTo(3);
            assertThat(a.indexedWorks()).isEqualTo(3);
        }
    }
}
