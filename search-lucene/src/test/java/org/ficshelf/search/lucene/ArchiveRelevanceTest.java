package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.AfterParameterizedClassInvocation;
import org.junit.jupiter.params.BeforeParameterizedClassInvocation;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The relevance query set end to end: a generated corpus written as story files, imported into
 * an archive whose catalog is SQLite, then PostgreSQL, with the Lucene index; each query must
 * give the same expected top result on both.
 */
@OnBothCatalogs
class ArchiveRelevanceTest {
    private static final int WORKS = 60;

    @TempDir
    static Path dir;
    static @Nullable Archive archive;
    static List<IndexedWork> corpus = List.of();

    @Parameter
    CatalogDb db;

    @BeforeParameterizedClassInvocation
    static void importCorpus(CatalogDb db) throws IOException {
        corpus = TestCorpus.generate(42).subList(0, WORKS);
        Path in = dir.resolve("in");
        if (!Files.isDirectory(in)) {
            for (IndexedWork w : corpus) {
                Files.createDirectories(in);
                Files.writeString(in.resolve(String.format(Locale.ROOT, "w%03d.txt", w.id())), story(w),
                        StandardCharsets.UTF_8);
            }
        }
        Path data = dir.resolve(db.name());
        archive = Archive.open(data, db.url(data), d -> LuceneBackend.open(d.resolve("index")));
        ImportSummary s = archive.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        assertThat(s.imported()).isEqualTo(WORKS);
    }

    @AfterParameterizedClassInvocation
    static void close() throws IOException {
        if (archive != null) {
            archive.close();
            archive = null;
        }
    }

    /** A story file with the work's values in headers and its chapters as the body. */
    private static String story(IndexedWork w) {
        StringBuilder s = new StringBuilder();
        s.append("Title: ").append(w.title()).append('\n');
        s.append("Author: ").append(String.join(", ", w.authors())).append('\n');
        s.append("Fandom: ").append(String.join(", ", w.fandoms())).append('\n');
        if (w.rating() != null) {
            s.append("Rating: ").append(w.rating()).append('\n');
        }
        if (!w.relationships().isEmpty()) {
            s.append("Pairing: ").append(String.join(", ", w.relationships())).append('\n');
        }
        s.append("Summary: ").append(w.summary()).append("\n\n");
        for (String chapter : w.chapters()) {
            s.append(chapter).append("\n\n");
        }
        return s.toString();
    }

    private static SearchResult search(String query) {
        return archive.search(SearchQuery.of(query));
    }

    @ParameterizedTest
    @ValueSource(longs = {1, 7, 23, 42, 60})
    void aTitleQueryFindsThatTitleFirst(long id) {
        SearchResult r = search(TestCorpus.title(id));
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).title()).isEqualTo(TestCorpus.title(id));
    }

    @ParameterizedTest
    @ValueSource(longs = {3, 19, 37, 58})
    void aPhraseFromOneStoryFindsOnlyThatStory(long id) {
        SearchResult r = search("\"" + TestCorpus.signature(id) + "\"");
        assertThat(r.hits()).extracting(SearchResult.Hit::title).containsExactly(TestCorpus.title(id));
        assertThat(r.hits().get(0).snippets()).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(longs = {5, 31, 44})
    void theWordsOfOneStorysSentenceRankItFirst(long id) {
        String words = TestCorpus.signature(id).substring("the ".length());
        SearchResult r = search(words);
        assertThat(r.hits()).isNotEmpty();
        assertThat(r.hits().get(0).title()).isEqualTo(TestCorpus.title(id));
    }

    @Test
    void everyImportedWorkIsSearchableAndReadsBackFromTheCatalog() throws IOException {
        assertThat(archive.indexedWorks()).isEqualTo(WORKS);
        assertThat(search("").total()).isEqualTo(WORKS);
        long id = search(TestCorpus.title(9)).hits().get(0).id();
        assertThat(archive.work(id).orElseThrow().record().title()).isEqualTo(TestCorpus.title(9));
    }
}
