package org.ficshelf.search;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What a reader asks for: a query string ({@link QuerySyntax}), tag filters and the record's
 * other filters, an order, one page of results and the tag types to count. Valid by
 * construction: an out-of-bounds value or a malformed query string is refused with a {@link
 * SearchException} whose message a reader can act on.
 *
 * <p>Includes of one tag type must all match, except ratings, which a work has only one of:
 * including two ratings finds works with either. Any exclude removes a work.
 *
 * @param after the {@link SearchResult#nextCursor()} of the previous page, null for the first
 * @param facetLimit how many values to count per faceted tag type, most frequent first
 */
public record SearchQuery(
        String text,
        List<TagFilter> include,
        List<TagFilter> exclude,
        WordRange words,
        @Nullable String language,
        @Nullable Boolean complete,
        @Nullable Boolean crossover,
        SearchSort sort,
        int pageSize,
        @Nullable String after,
        Set<TagType> facets,
        int facetLimit) {

    public static final int MAX_TEXT_LENGTH = 1000;
    public static final int MAX_PAGE_SIZE = 200;
    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_FILTERS = 50;
    public static final int MAX_FACET_LIMIT = 1000;
    public static final int DEFAULT_FACET_LIMIT = 20;
    static final int MAX_CURSOR_LENGTH = 4096;

    public SearchQuery {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(words, "words");
        Objects.requireNonNull(sort, "sort");
        include = List.copyOf(include);
        exclude = List.copyOf(exclude);
        facets = facets.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(facets));
        check(text.length() <= MAX_TEXT_LENGTH,
                "the query is longer than " + MAX_TEXT_LENGTH + " characters");
        check(include.size() + exclude.size() <= MAX_FILTERS, "more than " + MAX_FILTERS + " tag filters");
        check(pageSize >= 1 && pageSize <= MAX_PAGE_SIZE,
                "page size " + pageSize + " is not between 1 and " + MAX_PAGE_SIZE);
        check(facetLimit >= 1 && facetLimit <= MAX_FACET_LIMIT,
                "facet limit " + facetLimit + " is not between 1 and " + MAX_FACET_LIMIT);
        language = language == null || language.isBlank() ? null : language.strip().toLowerCase(Locale.ROOT);
        check(language == null || language.length() <= 16, "a language code longer than 16 characters");
        if (after != null && (after.isEmpty() || after.length() > MAX_CURSOR_LENGTH)) {
            throw new SearchException(SearchException.Reason.BAD_CURSOR, "the paging cursor is malformed");
        }
        QuerySyntax.parse(text); // refuse a malformed query now, where the reader gave it
    }

    private static void check(boolean ok, String message) {
        if (!ok) {
            throw new SearchException(SearchException.Reason.BAD_QUERY, message);
        }
    }

    /** A first page of the query string's results, by relevance, with no filters or facets. */
    public static SearchQuery of(String text) {
        return builder(text).build();
    }

    public static Builder builder(String text) {
        return new Builder(text);
    }

    /** The query string as a tree (parsed again: cheap, and keeps the record a plain value). */
    public QueryNode parsed() {
        return QuerySyntax.parse(text);
    }

    /** The same query for the page after the one {@code cursor} ends. */
    public SearchQuery withAfter(@Nullable String cursor) {
        return new SearchQuery(text, include, exclude, words, language, complete, crossover, sort, pageSize,
                cursor, facets, facetLimit);
    }

    /** Whether anything other than the query string narrows the results. */
    public boolean hasFilters() {
        return !include.isEmpty() || !exclude.isEmpty() || !words.isAny() || language != null
                || complete != null
                || crossover != null;
    }

    /** Builds a query step by step; {@link #build()} validates. */
    public static final class Builder {
        private final String text;
        private final List<TagFilter> include = new ArrayList<>();
        private final List<TagFilter> exclude = new ArrayList<>();
        private WordRange words = WordRange.ANY;
        private @Nullable String language;
        private @Nullable Boolean complete;
        private @Nullable Boolean crossover;
        private SearchSort sort = SearchSort.RELEVANCE;
        private int pageSize = DEFAULT_PAGE_SIZE;
        private @Nullable String after;
        private final Set<TagType> facets = EnumSet.noneOf(TagType.class);
        private int facetLimit = DEFAULT_FACET_LIMIT;

        private Builder(String text) {
            this.text = Objects.requireNonNull(text, "text");
        }

        public Builder include(TagType type, String value) {
            include.add(new TagFilter(type, value));
            return this;
        }

        public Builder exclude(TagType type, String value) {
            exclude.add(new TagFilter(type, value));
            return this;
        }

        public Builder words(WordRange range) {
            this.words = range;
            return this;
        }

        public Builder language(@Nullable String code) {
            this.language = code;
            return this;
        }

        public Builder complete(@Nullable Boolean value) {
            this.complete = value;
            return this;
        }

        public Builder crossover(@Nullable Boolean value) {
            this.crossover = value;
            return this;
        }

        public Builder sort(SearchSort value) {
            this.sort = value;
            return this;
        }

        public Builder pageSize(int value) {
            this.pageSize = value;
            return this;
        }

        public Builder after(@Nullable String cursor) {
            this.after = cursor;
            return this;
        }

        /** Counts these tag types over the whole result, not just the page. */
        public Builder facets(TagType... types) {
            facets.addAll(List.of(types));
            return this;
        }

        public Builder facetLimit(int value) {
            this.facetLimit = value;
            return this;
        }

        public SearchQuery build() {
            return new SearchQuery(text, include, exclude, words, language, complete, crossover, sort,
                    pageSize,
                    after, facets, facetLimit);
        }
    }
}
