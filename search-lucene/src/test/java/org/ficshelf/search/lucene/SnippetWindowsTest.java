package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult.Hit;
import org.ficshelf.search.SearchResult.Mark;
import org.ficshelf.search.SearchResult.Snippet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Snippets of matches deep in the stored opening: the marks place the window that is analyzed
 * again, and the marked stretch is exactly the matched word, whatever the text before it holds
 * (accents, CJK, surrogate pairs, markup, stop words, chapter breaks).
 */
class SnippetWindowsTest {
    private static final AtomicLong IDS = new AtomicLong();
    private static Path dir;
    private static Directory directory;
    private static IndexWriter writer;
    private static final Searcher SEARCHER = Searcher.create(Analyzers.perField());

    @BeforeAll
    static void open() throws IOException {
        dir = java.nio.file.Files.createTempDirectory("snippet-windows");
        directory = FSDirectory.open(dir);
        writer = new IndexWriter(directory, new IndexWriterConfig(Analyzers.perField()));
    }

    @AfterAll
    static void close() throws IOException {
        writer.close();
        directory.close();
    }

    private static List<String> chapters(String filler, int repeats, String ending, int split) {
        List<String> out = new ArrayList<>();
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < repeats; i++) {
            b.append(filler);
            if (split > 0 && (i + 1) % split == 0) {
                out.add(b.toString());
                b.setLength(0);
            }
        }
        b.append(ending).append(' ').append(filler);
        out.add(b.toString());
        return out;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            plain prose       | They walked along the road for a long time. | 80  | 0  | Then the brass lantern swung. | lantern | lantern
            accents           | Élise répondit à côté du château, déçue. | 90  | 0  | Un café noir, très chaud. | cafe | café
            CJK               | 我们在路上走了很久没有说话。 | 120 | 0  | 那只猫睡着了。 | 猫 | 猫
            surrogate pairs   | We laughed 🙂 and walked on 🐉 again. | 100 | 0  | The 𝔡ragon lantern glowed. | lantern | lantern
            markup            | <p>They <em>walked</em> on &amp; on.</p> | 90  | 0  | <b>lantern</b> lit | lantern | lantern
            stop words        | And so it is that the one of them was to be there. | 90 | 0 | She was a lantern maker. | lantern | lantern
            chapters          | Rain fell on the harbor all night long. | 60 | 7 | The lantern hung low. | lantern | lantern
            many tiny chapters | Rain fell. | 40 | 1 | The lantern hung low. | lantern | lantern
            a phrase          | They walked along the road for a long time. | 80 | 0 | Then the brass lantern swung. | "brass lantern" | brass lantern
            """)
    void marksExactlyTheMatchedWordFoundInTheWindowAroundItsMark(String name, String filler, int repeats,
            int split, String ending, String query, String surface) throws IOException {
        long id = IDS.incrementAndGet();
        List<String> chapters = chapters(filler, repeats, ending, split);
        writer.addDocument(new Schema(Analyzers.names()).toDocument(work(id, chapters)));
        writer.commit();
        try (DirectoryReader reader = DirectoryReader.open(directory)) {
            IndexSearcher s = new IndexSearcher(reader);
            Hit hit = SEARCHER.search(s, SearchQuery.of(query)).hits().stream().filter(h -> h.id() == id)
                    .findFirst().orElseThrow();
            Snippet first = hit.snippets().get(0);
            assertThat(first.marks()).isNotEmpty();
            assertThat(marked(first)).isEqualTo(surface.replace(" ", ""));
            assertThat(first.text()).contains(surface);

            // the window alone (no fallback to the whole opening) holds the match
            int doc = docOf(s, id);
            Query q = new QueryTranslator(Analyzers.perField(), Analyzers.prose(),
                    new Schema(Analyzers.names())).translate(SearchQuery.of(query));
            int position = FirstMatches.of(s, q, new int[]{doc})[0];
            int[] marks = TextMarks.of(reader.leaves(), new int[]{doc})[0];
            Snippets.Part part = Snippets.part(position, marks);
            assertThat(position).isGreaterThan(3 * TextMarks.STEP);
            assertThat(part.cut()).isEqualTo(Snippets.Cut.WINDOW);
            String window = Snippets.cut(opening(s, doc), part);
            assertThat(window).contains(surface).hasSizeLessThan(1_200);
        }
    }

    /** The marked stretches of a snippet, joined without the spaces between them. */
    private static String marked(Snippet s) {
        StringBuilder b = new StringBuilder();
        for (Mark m : s.marks()) {
            b.append(s.text(), m.start(), m.end());
        }
        return b.toString().replace(" ", "");
    }

    private static int docOf(IndexSearcher s, long id) throws IOException {
        var top = s.search(new org.apache.lucene.search.TermQuery(
                new org.apache.lucene.index.Term(Schema.ID, Long.toString(id))), 1);
        return top.scoreDocs[0].doc;
    }

    private static String opening(IndexSearcher s, int doc) throws IOException {
        List<String> values = new ArrayList<>();
        for (IndexableField f : s.storedFields().document(doc).getFields(Schema.TEXT)) {
            values.add(f.stringValue());
        }
        return String.join("\u2029", values);
    }

    private static IndexedWork work(long id, List<String> chapters) {
        return new IndexedWork(id, "Work " + id, List.of("Quillon"), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), "en", 100, null, Instant.EPOCH, chapters);
    }
}
