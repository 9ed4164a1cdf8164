package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Totals stay exact when more works match than are counted while collecting the page, and the
 * page is the one an exhaustive collection gives.
 */
class CountsTest {
    private static final int WORKS = 2_600;
    private static Path dir;
    private static Directory directory;
    private static DirectoryReader reader;
    private static IndexSearcher searcher;
    private static final Searcher SEARCHER = Searcher.create(Analyzers.perField());
    private static final QueryTranslator TRANSLATOR = new QueryTranslator(Analyzers.perField(),
            Analyzers.prose(), new Schema(Analyzers.names()));

    @BeforeAll
    static void index() throws IOException {
        dir = Files.createTempDirectory("counts");
        directory = FSDirectory.open(dir);
        Schema schema = new Schema(Analyzers.names());
        try (IndexWriter w = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()))) {
            for (int i = 1; i <= WORKS; i++) {
                String text = "The lantern " + (i % 3 == 0 ? "and the harbor " : "") + "swung "
                        + "in the wind ".repeat(1 + i % 7) + (i % 5 == 0 ? "lantern again" : "") + ".";
                String title = i % 11 == 0 ? "Lantern Night" : "Work " + i;
                List<String> fandoms = List.of(i % 2 == 0 ? "Buffy" : "Angel");
                w.addDocument(schema.toDocument(new IndexedWork(i, title, List.of("Ann"), null, List.of(),
                        fandoms, List.of(), List.of(), List.of(), null, List.of(), List.of(), "en",
                        10 + i % 13,
                        null, Instant.EPOCH, List.of(text))));
                if (i % 700 == 0) {
                    w.commit(); // several segments
                }
            }
            w.commit();
        }
        reader = DirectoryReader.open(directory);
        searcher = new IndexSearcher(reader);
    }

    @AfterAll
    static void close() throws IOException {
        reader.close();
        directory.close();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            lantern
            lantern harbor
            lantern -harbor
            lantern OR wind
            lant*
            "lantern swung"
            title:lantern OR harbor
            """)
    void totalsAreExactPastTheCollectingBound(String text) throws IOException {
        SearchQuery q = SearchQuery.builder(text).build();
        Query query = TRANSLATOR.translate(q);
        long exact = searcher.count(query);
        SearchResult r = SEARCHER.search(searcher, q);
        assertThat(r.total()).isEqualTo(exact);
        assertThat(searcher.count(Counts.matching(query))).isEqualTo(exact);
        assertThat(Counts.count(searcher, Counts.matching(query))).isEqualTo(exact);
        assertThat(ids(r)).isEqualTo(exhaustivePage(query, q.sort(), q.pageSize()));
    }

    @ParameterizedTest
    @CsvSource({"lantern", "harbor", "night", "wind", "title:lantern OR harbor"})
    void keywordTotalsStayExactWithDeletedWorksAndWordsOutsideTheStoryText(String text) throws IOException {
        Schema schema = new Schema(Analyzers.names());
        try (Directory d = new ByteBuffersDirectory()) {
            try (IndexWriter w = new IndexWriter(d, new IndexWriterConfig(Analyzers.perField()))) {
                for (int i = 1; i <= 400; i++) {
                    String story = (i % 4 == 0 ? "A lantern by the harbor" : "Wind over the water") + ".";
                    String title = i % 6 == 0 ? "Harbor Night" : "Work " + i;
                    String summary = i % 9 == 0 ? "The lantern and the wind." : null;
                    w.addDocument(
                            schema.toDocument(new IndexedWork(i, title, List.of("Ann"), summary, List.of(),
                                    List.of("Buffy"), List.of(), List.of(), List.of(), null, List.of(),
                                    List.of(), "en",
                                    5, null, Instant.EPOCH, List.of(story))));
                    if (i % 150 == 0) {
                        w.commit();
                    }
                }
                for (int i = 3; i <= 400; i += 7) {
                    w.deleteDocuments(new Term(Schema.ID, Integer.toString(i)));
                }
                w.commit();
            }
            try (DirectoryReader r = DirectoryReader.open(d)) {
                assertThat(r.hasDeletions()).isTrue();
                IndexSearcher s = new IndexSearcher(r);
                Query query = Counts.matching(TRANSLATOR.translate(SearchQuery.builder(text).build()));
                long exact = matchingDocs(s, query).size();
                assertThat(exact).isPositive();
                assertThat(Counts.count(s, query)).isEqualTo(exact).isEqualTo(s.count(query));
            }
        }
    }

    private static List<Integer> matchingDocs(IndexSearcher s, Query q) throws IOException {
        TopDocs all = s.search(q, Math.max(1, s.getIndexReader().maxDoc()));
        List<Integer> docs = new ArrayList<>();
        for (ScoreDoc sd : all.scoreDocs) {
            docs.add(sd.doc);
        }
        return docs;
    }

    @ParameterizedTest
    @CsvSource({"RELEVANCE", "WORDS", "TITLE"})
    void cursorsWalkEveryMatchOnceUnderEverySort(SearchSort.Key key) throws IOException {
        SearchQuery.Builder b = SearchQuery.builder("lantern").sort(SearchSort.by(key)).pageSize(100)
                .include(TagType.FANDOM, "Buffy");
        SearchResult r = SEARCHER.search(searcher, b.build());
        long total = r.total();
        assertThat(total).isEqualTo(WORKS / 2);
        Set<Long> seen = new HashSet<>();
        while (true) {
            r.hits().forEach(h -> assertThat(seen.add(h.id())).isTrue());
            if (r.nextCursor() == null) {
                break;
            }
            r = SEARCHER.search(searcher, b.after(r.nextCursor()).build());
            assertThat(r.total()).isEqualTo(total);
        }
        assertThat(seen).hasSize((int) total);
    }

    private static List<Long> ids(SearchResult r) {
        List<Long> out = new ArrayList<>();
        r.hits().forEach(h -> out.add(h.id()));
        return out;
    }

    private static List<Long> exhaustivePage(Query query, SearchSort sort, int size) throws IOException {
        TopDocs docs = searcher.search(query,
                new TopFieldCollectorManager(Searcher.sort(sort), size, null, Integer.MAX_VALUE));
        var ids = reader.leaves();
        List<Long> out = new ArrayList<>();
        for (ScoreDoc sd : docs.scoreDocs) {
            var labels = HitLabels.of(ids, new int[]{sd.doc});
            out.add(labels.get(0).id());
        }
        return out;
    }
}
