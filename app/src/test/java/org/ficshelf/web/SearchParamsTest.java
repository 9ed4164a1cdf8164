package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagFilter;
import org.ficshelf.search.TagType;
import org.ficshelf.search.WordRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Query parameters to a search, the same for pages, API and feed. */
class SearchParamsTest {

    @Test
    void readsEveryFilter() {
        SearchQuery q = SearchParams.query(Map.of("q", List.of("salt"),
                "include", List.of("fandom:Buffy the Vampire Slayer", "character:Spike"),
                "exclude", List.of("warning:Major Character Death"), "rating", List.of("Mature"),
                "words", List.of("1000-5000"), "language", List.of("EN"), "complete", List.of("true"),
                "sort", List.of("words:desc"), "size", List.of("50")));

        assertThat(q.text()).isEqualTo("salt");
        assertThat(q.include()).containsExactly(new TagFilter(TagType.FANDOM, "Buffy the Vampire Slayer"),
                new TagFilter(TagType.CHARACTER, "Spike"), new TagFilter(TagType.RATING, "Mature"));
        assertThat(q.exclude()).containsExactly(new TagFilter(TagType.WARNING, "Major Character Death"));
        assertThat(q.words()).isEqualTo(new WordRange(1000, 5000));
        assertThat(q.language()).isEqualTo("en");
        assertThat(q.complete()).isTrue();
        assertThat(q.sort()).isEqualTo(SearchSort.parse("words:desc"));
        assertThat(q.pageSize()).isEqualTo(50);
        assertThat(q.facets()).containsExactlyInAnyOrder(TagType.values());
    }

    @Test
    void emptyParametersAreAnUnfilteredFirstPage() {
        SearchQuery q = SearchParams.query(Map.of("q", List.of(""), "rating", List.of(" ")));

        assertThat(q.text()).isEmpty();
        assertThat(q.hasFilters()).isFalse();
        assertThat(q.pageSize()).isEqualTo(SearchParams.DEFAULT_SIZE);
    }

    @Test
    void wordsFromAndToMakeARange() {
        assertThat(SearchParams.query(Map.of("words_from", List.of("2000"))).words())
                .isEqualTo(WordRange.atLeast(2000));
        assertThat(SearchParams.query(Map.of("words_to", List.of("300"))).words())
                .isEqualTo(WordRange.atMost(300));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "size | 0 | size must be a number from 1 to 100",
            "size | 101 | size must be a number from 1 to 100",
            "size | ten | size must be a number from 1 to 100",
            "complete | maybe | complete must be true or false",
            "include | Spike | write TYPE:VALUE",
            "include | planet:Vulcan | unknown tag type 'planet'",
            "words | lots | bad words range",
            "sort | colour | ",
            "q | \"unclosed | "})
    void refusesMalformedParametersWithAMessage(String name, String value, String message) {
        assertThatThrownBy(() -> SearchParams.query(Map.of(name, List.of(value))))
                .isInstanceOfAny(HttpProblem.class, SearchException.class)
                .hasMessageContaining(message == null ? "" : message);
    }
}
