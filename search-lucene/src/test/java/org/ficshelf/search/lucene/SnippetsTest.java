package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult.Hit;
import org.ficshelf.search.SearchResult.Snippet;
import org.ficshelf.search.SearchSort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Snippets: passages of story text around matches, with the matched words marked. */
class SnippetsTest {
    @TempDir
    static Path dir;
    static LuceneBackend backend;

    private static final String FILLER = "They walked along the road for a long time without a word. ";

    @BeforeAll
    static void index() {
        backend = LuceneBackend.open(dir);
        backend.index(work(1, List.of(FILLER.repeat(40) + "Then Spike lit the brass lantern by the door. "
                + FILLER.repeat(40), "Part 2\n\nThe vampires waited in the orchard until dawn.")));
        backend.index(work(2, List.of("One endless breathless sentence " + "and then more words ".repeat(300)
                + "with the lantern somewhere in it " + "and more words ".repeat(300))));
        backend.index(work(3, List.of(FILLER.repeat(Schema.SNIPPET_CHARS / FILLER.length() + 1),
                "Much later the gargoyle spoke.")));
        backend.refresh();
    }

    @AfterAll
    static void close() {
        backend.close();
    }

    private static IndexedWork work(long id, List<String> chapters) {
        return new IndexedWork(id, "Work " + id, List.of("Quillon"), null, List.of(), List.of(), List.of(),
                List.of(), List.of(), null, List.of(), List.of(), "en", 100, null, Instant.EPOCH, chapters);
    }

    private static Hit hit(String query, long id) {
        return backend.search(SearchQuery.of(query)).hits().stream().filter(h -> h.id() == id).findFirst()
                .orElseThrow();
    }

    @Test
    void marksTheMatchedWordInASentenceSizedPassage() {
        Snippet s = hit("lantern", 1).snippets().get(0);
        assertThat(s.render("[", "]")).contains("brass [lantern] by the door");
        assertThat(s.text().length()).isLessThan(400);
    }

    @Test
    void marksStemmedFormsAndFindsLaterChapters() {
        Snippet s = hit("vampire", 1).snippets().get(0);
        assertThat(s.render("[", "]")).contains("The [vampires] waited in the orchard");
    }

    @Test
    void marksAWholePhrase() {
        Snippet s = hit("\"brass lantern\"", 1).snippets().get(0);
        assertThat(s.render("[", "]")).containsPattern("\\[brass\\] ?\\[?lantern\\]|\\[brass lantern\\]");
    }

    @Test
    void marksPrefixMatches() {
        Snippet s = hit("lant*", 1).snippets().get(0);
        assertThat(s.render("[", "]")).contains("[lantern]");
    }

    @Test
    void cutsARunawayPassageToAWindowAroundItsMatch() {
        Snippet s = hit("lantern", 2).snippets().get(0);
        assertThat(s.text().length()).isLessThanOrEqualTo(400);
        assertThat(s.render("[", "]")).contains("the [lantern] somewhere");
    }

    @Test
    void aMatchPastTheStoredOpeningShowsTheOpeningsFirstPassageUnmarked() {
        List<Snippet> s = hit("gargoyle", 3).snippets();
        assertThat(s).singleElement().satisfies(first -> {
            assertThat(first.marks()).isEmpty();
            assertThat(first.text()).startsWith("They walked along the road").doesNotContain("gargoyle");
            assertThat(first.text().length()).isBetween(20, Snippets.PASSAGE_MAX);
        });
        assertThat(hit("road", 3).snippets().get(0).marks()).isNotEmpty();
    }

    @Test
    void theStoredOpeningIsCutAtASpace() {
        assertThat(Schema.opening("alpha beta gamma", 100)).isEqualTo("alpha beta gamma");
        assertThat(Schema.opening("alpha beta gamma", 13)).isEqualTo("alpha beta ");
        assertThat(Schema.opening("x".repeat(500), 300)).hasSize(300);
    }

    @Test
    void marksTheStoryTextWordWhenAnotherWordMatchedOnlyTheAuthor() {
        Snippet s = hit("quillon lantern", 1).snippets().get(0);
        assertThat(s.render("[", "]")).contains("brass [lantern] by the door").doesNotContain("[Quillon]");
    }

    @Test
    void aNegatedWordIsNeverMarked() {
        Snippet s = hit("lantern -gargoyle -door", 2).snippets().get(0);
        assertThat(s.render("[", "]")).contains("[lantern]");
    }

    @Test
    void givesNoSnippetWhenOnlyTheTitleMatched() {
        assertThat(hit("title:work", 1).snippets()).isEmpty();
        Hit all = backend.search(SearchQuery.builder("").sort(SearchSort.by(SearchSort.Key.TITLE)).build())
                .hits()
                .get(0);
        assertThat(all.snippets()).isEmpty();
    }
}
