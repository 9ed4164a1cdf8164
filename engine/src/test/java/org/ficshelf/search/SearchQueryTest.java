package org.ficshelf.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.ficshelf.SourceInfo;
import org.ficshelf.Work;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SearchQueryTest {

    @Test
    void defaultsToTheFirstPageByRelevance() {
        SearchQuery q = SearchQuery.of("spike");
        assertThat(q.sort()).isEqualTo(SearchSort.RELEVANCE);
        assertThat(q.pageSize()).isEqualTo(SearchQuery.DEFAULT_PAGE_SIZE);
        assertThat(q.after()).isNull();
        assertThat(q.hasFilters()).isFalse();
        assertThat(q.parsed()).isEqualTo(new QueryNode.Term(SearchField.ANY, "spike"));
    }

    @Test
    void refusesAMalformedQueryStringWhereItIsGiven() {
        assertThatThrownBy(() -> SearchQuery.of("(spike")).isInstanceOf(SearchException.class)
                .hasMessageContaining("never closed");
    }

    @Test
    void refusesAnOverlongQuery() {
        assertThatThrownBy(() -> SearchQuery.of("a".repeat(SearchQuery.MAX_TEXT_LENGTH + 1)))
                .isInstanceOf(SearchException.class).hasMessageContaining("longer than 1000 characters");
    }

    @ParameterizedTest
    @CsvSource({"0", "-1", "201"})
    void refusesAPageSizeOutOfBounds(int size) {
        assertThatThrownBy(() -> SearchQuery.builder("").pageSize(size).build())
                .isInstanceOf(SearchException.class).hasMessageContaining("not between 1 and 200");
    }

    @Test
    void refusesBlankFiltersAndBadRanges() {
        assertThatThrownBy(() -> SearchQuery.builder("").include(TagType.FANDOM, "  "))
                .isInstanceOf(SearchException.class).hasMessageContaining("empty fandom filter");
        assertThatThrownBy(() -> new WordRange(500, 100)).isInstanceOf(SearchException.class)
                .hasMessageContaining("0 <= min <= max");
    }

    @Test
    void refusesAnEmptyCursorAsABadCursor() {
        assertThatThrownBy(() -> SearchQuery.builder("").after("").build())
                .isInstanceOfSatisfying(SearchException.class,
                        e -> assertThat(e.reason()).isEqualTo(SearchException.Reason.BAD_CURSOR));
    }

    @Test
    void foldsTheLanguageCode() {
        assertThat(SearchQuery.builder("").language(" EN ").build().language()).isEqualTo("en");
        assertThat(SearchQuery.builder("").language(" ").build().language()).isNull();
    }

    @ParameterizedTest
    @CsvSource({"words,WORDS,true", "title,TITLE,false", "Title:DESC,TITLE,true", "added:asc,ADDED,false",
            "relevance,RELEVANCE,true", "author,AUTHOR,false"})
    void parsesSorts(String text, SearchSort.Key key, boolean descending) {
        assertThat(SearchSort.parse(text)).isEqualTo(new SearchSort(key, descending));
    }

    @ParameterizedTest
    @CsvSource({"kudos", "words:up", "words:asc:desc"})
    void refusesUnknownSorts(String text) {
        assertThatThrownBy(() -> SearchSort.parse(text)).isInstanceOf(SearchException.class)
                .hasMessageContaining("bad sort");
    }

    @Test
    void parsesTagTypeKeys() {
        assertThat(TagType.fromKey("Relationship")).isEqualTo(TagType.RELATIONSHIP);
        assertThatThrownBy(() -> TagType.fromKey("kudos")).isInstanceOf(SearchException.class);
    }

    @Test
    void rendersSnippetMarks() {
        var s = new SearchResult.Snippet("he smelled blood",
                List.of(new SearchResult.Mark(3, 10), new SearchResult.Mark(11, 16)));
        assertThat(s.render("[", "]")).isEqualTo("he [smelled] [blood]");
    }

    @Test
    void buildsAnIndexedWorkFromAParsedWork() {
        WorkRecord r = new WorkRecord(new SourceInfo("a.txt", "00", 1, "text", "UTF-8", 1.0), "Salt",
                List.of("Quillon"), "Winter.", List.of("Buffy the Vampire Slayer", "Angel: the Series"),
                "Mature",
                "Mature", List.of(), List.of("Gen"), List.of("Faith Lehane & Rupert Giles"),
                List.of("Faith Lehane"), List.of("Angst"), "en", 3, true, null, List.of(), List.of("A/N"),
                List.of(), Map.of(), Map.of(), List.of());
        Document body = new Document(List.of(
                new Chapter(null, List.of(Paragraph.plain("One two.", 1), new SceneBreak("~~~", 2),
                        Paragraph.plain("Three.", 3))),
                new Chapter("Part 2", List.of(Paragraph.plain("Four.", 5)))));
        IndexedWork w = IndexedWork.of(7, new Work(r, body), Instant.EPOCH);
        assertThat(w.id()).isEqualTo(7);
        assertThat(w.crossover()).isTrue();
        assertThat(w.tags(TagType.RATING)).containsExactly("Mature");
        assertThat(w.tags(TagType.FREEFORM)).containsExactly("Angst");
        assertThat(w.chapters()).containsExactly("One two.\n\n* * *\n\nThree.", "Part 2\n\nFour.");
    }
}
