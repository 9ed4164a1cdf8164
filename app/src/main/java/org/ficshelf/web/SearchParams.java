package org.ficshelf.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagFilter;
import org.ficshelf.search.TagType;
import org.ficshelf.search.WordRange;
import org.jspecify.annotations.Nullable;

/**
 * The search a request's query parameters describe, the same for pages, the JSON API and OPDS.
 *
 * <ul>
 * <li>{@code q}: the query string (title:, author:, phrases, AND/OR/NOT);
 * <li>{@code include}, {@code exclude}: {@code TYPE:VALUE}, repeatable (fandom, character,
 * relationship, freeform, rating, warning, category);
 * <li>{@code rating}, {@code warning}, {@code category}: repeatable shorthands for includes;
 * <li>{@code words}: {@code MIN-MAX}, {@code MIN-}, {@code -MAX}; or {@code words_from} and
 * {@code words_to};
 * <li>{@code language}; {@code complete} and {@code crossover}: {@code true} or {@code false};
 * <li>{@code sort}: relevance, title, author, words or added, optionally {@code :asc}/{@code :desc};
 * <li>{@code size}: hits per page; {@code after}: the cursor of the page before.
 * </ul>
 *
 * Anything malformed is a {@link org.ficshelf.search.SearchException} with a message to show.
 */
public final class SearchParams {
    /** Hits per page when the request names none. */
    public static final int DEFAULT_SIZE = 20;
    /** Most hits one page may ask for (tighter than the engine's bound). */
    public static final int MAX_SIZE = 100;

    private SearchParams() {
    }

    /** The query for {@code params} (a request's query parameters), with facets for every tag type. */
    public static SearchQuery query(Map<String, List<String>> params) {
        SearchQuery.Builder b = SearchQuery.builder(one(params, "q", ""));
        for (String f : all(params, "include")) {
            TagFilter t = TagFilter.parse(f);
            b.include(t.type(), t.value());
        }
        for (String f : all(params, "exclude")) {
            TagFilter t = TagFilter.parse(f);
            b.exclude(t.type(), t.value());
        }
        for (String r : all(params, "rating")) {
            b.include(TagType.RATING, r);
        }
        for (String w : all(params, "warning")) {
            b.include(TagType.WARNING, w);
        }
        for (String c : all(params, "category")) {
            b.include(TagType.CATEGORY, c);
        }
        b.words(words(params));
        b.language(one(params, "language", null));
        b.complete(bool(params, "complete"));
        b.crossover(bool(params, "crossover"));
        String sort = one(params, "sort", null);
        if (sort != null) {
            b.sort(SearchSort.parse(sort));
        }
        b.pageSize(size(params));
        b.after(one(params, "after", null));
        b.facets(TagType.values());
        return b.build();
    }

    private static WordRange words(Map<String, List<String>> params) {
        String range = one(params, "words", null);
        if (range != null) {
            return WordRange.parse(range);
        }
        String from = one(params, "words_from", null);
        String to = one(params, "words_to", null);
        if (from == null && to == null) {
            return WordRange.ANY;
        }
        return WordRange.parse((from == null ? "" : from) + "-" + (to == null ? "" : to));
    }

    private static int size(Map<String, List<String>> params) {
        String s = one(params, "size", null);
        if (s == null) {
            return DEFAULT_SIZE;
        }
        try {
            int n = Integer.parseInt(s.strip());
            if (n >= 1 && n <= MAX_SIZE) {
                return n;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw HttpProblem.badRequest("size must be a number from 1 to " + MAX_SIZE + ", not '" + s + "'");
    }

    private static @Nullable Boolean bool(Map<String, List<String>> params, String name) {
        String v = one(params, name, null);
        if (v == null) {
            return null;
        }
        return switch (v.strip().toLowerCase(Locale.ROOT)) {
            case "true", "yes", "1", "on" -> Boolean.TRUE;
            case "false", "no", "0", "off" -> Boolean.FALSE;
            default -> throw HttpProblem.badRequest(name + " must be true or false, not '" + v + "'");
        };
    }

    /** The parameter's non-blank values. */
    private static List<String> all(Map<String, List<String>> params, String name) {
        return params.getOrDefault(name, List.of()).stream().filter(v -> !v.isBlank()).toList();
    }

    /** The parameter's last non-blank value, or {@code fallback}. */
    private static @Nullable String one(Map<String, List<String>> params, String name,
            @Nullable String fallback) {
        List<String> values = all(params, name);
        return values.isEmpty() ? fallback : values.get(values.size() - 1);
    }
}
