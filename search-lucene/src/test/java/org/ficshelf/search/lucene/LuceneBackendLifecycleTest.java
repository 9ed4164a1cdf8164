package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.apache.lucene.document.Field.Store;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Near-real-time visibility, durability, replacement, deletion and failure modes of the index. */
class LuceneBackendLifecycleTest {
    @TempDir
    Path dir;

    private static IndexedWork work(long id, String title, String text) {
        return new IndexedWork(id, title, List.of("Quillon"), null, List.of(),
                List.of("Buffy the Vampire Slayer"),
                List.of("Spike"), List.of(), List.of(), "Mature", List.of(), List.of(), "en", 3, true,
                Instant.parse("2024-05-01T10:00:00Z"), List.of(text));
    }

    private static long hits(LuceneBackend b, String q) {
        return b.search(SearchQuery.of(q)).total();
    }

    @Test
    void aWriteIsVisibleAfterRefreshWithoutACommit() {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            b.index(work(1, "Salt and Silver", "The lantern swung."));
            assertThat(hits(b, "lantern")).isZero();
            b.refresh();
            assertThat(hits(b, "lantern")).isEqualTo(1);
            assertThat(b.count()).isEqualTo(1);
        }
    }

    @Test
    void onlyCommittedWritesSurviveClosing() {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            b.index(work(1, "Kept", "The lantern swung."));
            b.commit();
            b.index(work(2, "Lost", "The lantern fell."));
            b.refresh();
            assertThat(b.count()).isEqualTo(2);
        }
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            assertThat(b.count()).isEqualTo(1);
            assertThat(b.search(SearchQuery.of("lantern")).hits().get(0).title()).isEqualTo("Kept");
        }
    }

    @Test
    void indexingTheSameIdReplacesTheWork() {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            b.index(work(7, "First Draft", "The lantern swung."));
            b.index(work(7, "Second Draft", "The harbor froze."));
            b.refresh();
            assertThat(b.count()).isEqualTo(1);
            assertThat(hits(b, "lantern")).isZero();
            assertThat(b.search(SearchQuery.of("harbor")).hits().get(0).title()).isEqualTo("Second Draft");
        }
    }

    @Test
    void deleteAndClearRemoveWorks() {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            b.indexAll(List.of(work(1, "One", "lantern"), work(2, "Two", "lantern"),
                    work(3, "Three", "lantern")));
            b.delete(2);
            b.delete(99);
            b.refresh();
            List<Long> ids = new ArrayList<>();
            b.forEachId(ids::add);
            assertThat(ids).containsExactlyInAnyOrder(1L, 3L);
            b.clear();
            b.refresh();
            assertThat(b.count()).isZero();
            assertThat(b.search(SearchQuery.builder("").facets(org.ficshelf.search.TagType.FANDOM).build())
                    .total())
                    .isZero();
        }
    }

    @Test
    void anEmptyIndexAnswersWithNoHitsAndEmptyFacets() {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            SearchResult r = b.search(
                    SearchQuery.builder("spike").facets(org.ficshelf.search.TagType.values()).build());
            assertThat(r.total()).isZero();
            assertThat(r.hits()).isEmpty();
            assertThat(r.nextCursor()).isNull();
            assertThat(r.facets().values()).allSatisfy(v -> assertThat(v).isEmpty());
        }
    }

    @Test
    void searchesRunWhileAnotherThreadWrites() throws Exception {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            AtomicReference<Throwable> failure = new AtomicReference<>();
            Thread writer = new Thread(() -> {
                try {
                    for (int i = 1; i <= 200; i++) {
                        b.index(work(i, "Title " + i, "lantern number " + i));
                        if (i % 20 == 0) {
                            b.refresh();
                        }
                    }
                } catch (Throwable t) {
                    failure.set(t);
                }
            });
            writer.start();
            long last = 0;
            while (writer.isAlive()) {
                long now = hits(b, "lantern");
                assertThat(now).isGreaterThanOrEqualTo(last);
                last = now;
            }
            writer.join();
            assertThat(failure.get()).isNull();
            b.refresh();
            assertThat(hits(b, "lantern")).isEqualTo(200);
        }
    }

    @Test
    void aSecondOpenOfTheSameIndexIsRefusedAsLocked() {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            assertThat(b.count()).isZero();
            assertThatThrownBy(() -> LuceneBackend.open(dir)).isInstanceOfSatisfying(SearchException.class,
                    e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.LOCKED))
                    .hasMessageContaining("another process");
        }
    }

    @Test
    void aClosedBackendRefusesWork() {
        LuceneBackend b = LuceneBackend.open(dir);
        b.close();
        b.close();
        assertThatThrownBy(() -> b.search(SearchQuery.of("x"))).isInstanceOfSatisfying(SearchException.class,
                e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.CLOSED));
        assertThatThrownBy(() -> b.index(work(1, "x", "y"))).isInstanceOf(SearchException.class);
    }

    @Test
    void aDamagedIndexIsReportedAsCorrupt() throws Exception {
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            b.index(work(1, "One", "lantern"));
            b.commit();
        }
        try (var files = java.nio.file.Files.list(dir)) {
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith("segments_")).toList()) {
                java.nio.file.Files.write(f, new byte[]{1, 2, 3, 4, 5, 6, 7, 8});
            }
        }
        assertThatThrownBy(() -> LuceneBackend.open(dir)).isInstanceOfSatisfying(SearchException.class,
                e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.CORRUPT))
                .hasMessageContaining("rebuild");
    }

    @Test
    void anIndexOfAnotherSchemaVersionIsEmptiedForReindexing() throws Exception {
        try (var d = org.apache.lucene.store.FSDirectory.open(dir);
                var w = new org.apache.lucene.index.IndexWriter(d,
                        new org.apache.lucene.index.IndexWriterConfig(Analyzers.perField()))) {
            // the old schema's story text: stored, with offsets in the postings
            var type = new org.apache.lucene.document.FieldType(
                    org.apache.lucene.document.TextField.TYPE_STORED);
            type.setIndexOptions(
                    org.apache.lucene.index.IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.Field(Schema.TEXT, "The lantern swung.", type));
            w.addDocument(doc);
            w.setLiveCommitData(java.util.Map.of(Schema.VERSION_KEY, "0").entrySet());
            w.commit();
        }
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            assertThat(b.count()).isZero();
            b.index(work(1, "Salt and Silver", "The lantern swung."));
            b.commit();
            b.refresh();
            assertThat(b.search(SearchQuery.of("lantern")).hits()).singleElement()
                    .satisfies(h -> assertThat(h.snippets()).isNotEmpty());
        }
        try (LuceneReader r = LuceneReader.open(dir)) {
            assertThat(r.count()).isEqualTo(1);
        }
    }

    @Test
    void aSchemaThreeIndexIsEmptiedAndItsWorksThenShowLabelsAndDeepSnippets() throws Exception {
        try (var d = org.apache.lucene.store.FSDirectory.open(dir);
                var w = new org.apache.lucene.index.IndexWriter(d,
                        new org.apache.lucene.index.IndexWriterConfig(Analyzers.perField()))) {
            // schema 3: title and authors stored, story text with positions and a stored opening
            var doc = new org.apache.lucene.document.Document();
            doc.add(new org.apache.lucene.document.TextField(Schema.TITLE, "Old", Store.YES));
            doc.add(new org.apache.lucene.document.TextField(Schema.AUTHOR, "Someone", Store.YES));
            doc.add(new org.apache.lucene.document.TextField(Schema.TEXT, "The lantern swung.", Store.NO));
            doc.add(new org.apache.lucene.document.StoredField(Schema.TEXT, "The lantern swung."));
            w.addDocument(doc);
            w.setLiveCommitData(java.util.Map.of(Schema.VERSION_KEY, "3").entrySet());
            w.commit();
        }
        assertThatThrownBy(() -> LuceneReader.open(dir)).isInstanceOf(SearchException.class)
                .hasMessageContaining("rebuild");
        String deep = "Rain fell on the harbor all night long. ".repeat(150) + "The lantern swung.";
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            assertThat(b.count()).isZero();
            b.index(work(7, "Salt and Silver", deep));
            b.commit();
            b.refresh();
            SearchResult r = b.search(SearchQuery.of("lantern"));
            assertThat(r.hits()).singleElement().satisfies(h -> {
                assertThat(h.id()).isEqualTo(7);
                assertThat(h.title()).isEqualTo("Salt and Silver");
                assertThat(h.authors()).containsExactly("Quillon");
                assertThat(h.snippets().get(0).render("[", "]")).endsWith("night long. The [lantern] swung.");
            });
        }
        try (LuceneReader r = LuceneReader.open(dir)) {
            assertThat(r.count()).isEqualTo(1);
        }
    }

    @Test
    void hitsShowTitleAndAuthorsAsIndexedEvenWhenAbsentOrHuge() {
        String huge = "Long ".repeat(20_000).strip();
        try (LuceneBackend b = LuceneBackend.open(dir)) {
            b.index(new IndexedWork(1, null, List.of(), null, List.of(), List.of(), List.of(), List.of(),
                    List.of(), null, List.of(), List.of(), "en", 3, null, Instant.EPOCH,
                    List.of("The lantern swung.")));
            b.index(new IndexedWork(2, huge, List.of("Ann", "Bo É", "李"), null, List.of(), List.of(),
                    List.of(), List.of(), List.of(), null, List.of(), List.of(), "en", 3, null, Instant.EPOCH,
                    List.of("The lantern fell.")));
            b.refresh();
            List<SearchResult.Hit> hits = b.search(SearchQuery.builder("lantern")
                    .sort(org.ficshelf.search.SearchSort.by(org.ficshelf.search.SearchSort.Key.WORDS))
                    .build())
                    .hits();
            assertThat(hits).extracting(SearchResult.Hit::id).containsExactlyInAnyOrder(1L, 2L);
            SearchResult.Hit none = hits.stream().filter(h -> h.id() == 1).findFirst().orElseThrow();
            SearchResult.Hit big = hits.stream().filter(h -> h.id() == 2).findFirst().orElseThrow();
            assertThat(none.title()).isNull();
            assertThat(none.authors()).isEmpty();
            assertThat(big.title()).isEqualTo(huge);
            assertThat(big.authors()).containsExactly("Ann", "Bo É", "李");
        }
    }
}
