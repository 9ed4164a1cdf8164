package org.ficshelf.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.SearchSort;
import org.ficshelf.search.TagFilter;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/**
 * What the search page (and a tag page) shows: the query as the sidebar's form fills it in, the
 * facets as include/exclude choices, the active filters with links that drop one, the blurbs
 * and the link to the next page. Links are built from the query, not the raw request, so a
 * shorthand ({@code rating=Mature}) and its long form behave the same.
 *
 * @param base the page the links point at ({@code /search} or a tag page)
 * @param fixed the filter the page itself stands for (a tag page's tag), never offered for removal
 */
public record SearchView(String base, SearchQuery query, SearchResult result, List<Blurb> blurbs,
        List<FacetGroup> facets, List<ActiveFilter> active, @Nullable String nextHref,
        @Nullable TagFilter fixed) {

    public SearchView {
        blurbs = List.copyOf(blurbs);
        facets = List.copyOf(facets);
        active = List.copyOf(active);
    }

    /** The sort options of the sidebar, value then label. */
    public static final List<Map.Entry<String, String>> SORTS = List.of(
            Map.entry("relevance", "Best match"), Map.entry("added", "Date added"),
            Map.entry("title", "Title"), Map.entry("author", "Author"),
            Map.entry("words:desc", "Word count (most first)"),
            Map.entry("words:asc", "Word count (fewest first)"));

    /** The facet values of one tag type, with whether each is included or excluded now. */
    public record FacetGroup(TagType type, String label, List<Choice> choices) {
        public FacetGroup {
            choices = List.copyOf(choices);
        }
    }

    /** One facet value as the sidebar offers it. */
    public record Choice(String value, int count, boolean included, boolean excluded, String id) {
        /** The checkbox value, {@code TYPE:VALUE}. */
        public String filter(TagType type) {
            return type.key() + ":" + value;
        }
    }

    /** A filter in force, and the page without it. */
    public record ActiveFilter(String label, String removeHref) {
    }

    static SearchView of(String base, SearchQuery query, SearchResult result, List<Blurb> blurbs,
            @Nullable TagFilter fixed) {
        List<Map.Entry<String, String>> params = params(query, fixed);
        String next = result.nextCursor() == null
                ? null
                : base + Urls.query(with(params, Map.entry("after", result.nextCursor())));
        return new SearchView(base, query, result, blurbs, groups(query, result, fixed),
                active(base, query, params),
                next, fixed);
    }

    public String words(boolean max) {
        if (max) {
            return query.words().max() == Integer.MAX_VALUE ? "" : String.valueOf(query.words().max());
        }
        return query.words().min() == 0 ? "" : String.valueOf(query.words().min());
    }

    /** The sort option value the select shows selected. */
    public String sort() {
        SearchSort s = query.sort();
        return switch (s.key()) {
            case WORDS -> s.descending() ? "words:desc" : "words:asc";
            default -> s.key().name().toLowerCase(java.util.Locale.ROOT);
        };
    }

    private static List<FacetGroup> groups(SearchQuery query, SearchResult result,
            @Nullable TagFilter fixed) {
        List<FacetGroup> out = new ArrayList<>();
        for (TagType type : TagType.values()) {
            List<Choice> choices = new ArrayList<>();
            List<SearchResult.FacetCount> counts = result.facets().getOrDefault(type, List.of());
            for (SearchResult.FacetCount c : counts) {
                if (fixed != null && fixed.type() == type && fixed.value().equalsIgnoreCase(c.value())) {
                    continue; // a tag page's own tag is not a choice
                }
                choices.add(choice(query, type, c.value(), c.count(), choices.size()));
            }
            // A filter in force whose value the result no longer counts (an exclude) stays offered.
            for (TagFilter f : concat(query.include(), query.exclude())) {
                if (f.type() == type && !f.equals(fixed)
                        && choices.stream().noneMatch(c -> c.value().equalsIgnoreCase(f.value()))) {
                    choices.add(choice(query, type, f.value(), 0, choices.size()));
                }
            }
            if (!choices.isEmpty()) {
                out.add(new FacetGroup(type, Urls.typePlural(type), choices));
            }
        }
        return out;
    }

    private static Choice choice(SearchQuery query, TagType type, String value, int count, int index) {
        return new Choice(value, count, has(query.include(), type, value), has(query.exclude(), type, value),
                type.key() + "-" + index);
    }

    private static boolean has(List<TagFilter> filters, TagType type, String value) {
        return filters.stream().anyMatch(f -> f.type() == type && f.value().equalsIgnoreCase(value));
    }

    private static List<TagFilter> concat(List<TagFilter> a, List<TagFilter> b) {
        List<TagFilter> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /** The query's parameters in their long form (a tag page's own tag left out: the path says it). */
    static List<Map.Entry<String, String>> params(SearchQuery q, @Nullable TagFilter fixed) {
        List<Map.Entry<String, String>> out = new ArrayList<>();
        if (!q.text().isBlank()) {
            out.add(Map.entry("q", q.text()));
        }
        for (TagFilter f : q.include()) {
            if (!f.equals(fixed)) {
                out.add(Map.entry("include", f.type().key() + ":" + f.value()));
            }
        }
        for (TagFilter f : q.exclude()) {
            out.add(Map.entry("exclude", f.type().key() + ":" + f.value()));
        }
        if (!q.words().isAny()) {
            out.add(Map.entry("words", (q.words().min() == 0 ? "" : String.valueOf(q.words().min())) + "-"
                    + (q.words().max() == Integer.MAX_VALUE ? "" : String.valueOf(q.words().max()))));
        }
        if (q.language() != null) {
            out.add(Map.entry("language", q.language()));
        }
        if (q.complete() != null) {
            out.add(Map.entry("complete", q.complete().toString()));
        }
        if (q.crossover() != null) {
            out.add(Map.entry("crossover", q.crossover().toString()));
        }
        if (!q.sort().equals(SearchSort.RELEVANCE)) {
            out.add(Map.entry("sort", q.sort().toString()));
        }
        if (q.pageSize() != SearchParams.DEFAULT_SIZE) {
            out.add(Map.entry("size", String.valueOf(q.pageSize())));
        }
        return out;
    }

    private static List<ActiveFilter> active(String base, SearchQuery q,
            List<Map.Entry<String, String>> params) {
        List<ActiveFilter> out = new ArrayList<>();
        for (Map.Entry<String, String> p : params) {
            String label = switch (p.getKey()) {
                case "include" -> Urls.typeLabel(TagFilter.parse(p.getValue()).type()) + ": "
                        + TagFilter.parse(p.getValue()).value();
                case "exclude" -> "Not " + Urls.typeLabel(TagFilter.parse(p.getValue()).type()) + ": "
                        + TagFilter.parse(p.getValue()).value();
                case "words" -> "Words: " + p.getValue();
                case "language" -> "Language: " + p.getValue();
                case "complete" ->
                    "true".equals(p.getValue()) ? "Complete works only" : "Works in progress only";
                case "crossover" -> "true".equals(p.getValue()) ? "Crossovers only" : "No crossovers";
                default -> null;
            };
            if (label != null) {
                List<Map.Entry<String, String>> rest = new ArrayList<>(params);
                rest.remove(p);
                out.add(new ActiveFilter(label, base + Urls.query(rest)));
            }
        }
        return out;
    }

    private static List<Map.Entry<String, String>> with(List<Map.Entry<String, String>> params,
            Map.Entry<String, String> extra) {
        List<Map.Entry<String, String>> out = new ArrayList<>(params);
        out.add(extra);
        return out;
    }
}
