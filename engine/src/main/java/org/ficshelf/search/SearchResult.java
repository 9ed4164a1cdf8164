package org.ficshelf.search;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One page of results: how many works match in all, this page's hits, the counts of tag values
 * over the whole result for each faceted tag type, and the cursor of the next page (null on the
 * last page).
 */
public record SearchResult(long total, List<Hit> hits, Map<TagType, List<FacetCount>> facets,
        @Nullable String nextCursor) {

    public SearchResult {
        hits = List.copyOf(hits);
        Map<TagType, List<FacetCount>> copy = new EnumMap<>(TagType.class);
        facets.forEach((k, v) -> copy.put(k, List.copyOf(v)));
        facets = java.util.Collections.unmodifiableMap(copy);
    }

    /** A matching work: its id, score (0 when not sorted by relevance), title, authors and story-text snippets. */
    public record Hit(long id, float score, @Nullable String title, List<String> authors,
            List<Snippet> snippets) {
        public Hit {
            authors = List.copyOf(authors);
            snippets = List.copyOf(snippets);
        }
    }

    /** A tag value and how many works of the result carry it. */
    public record FacetCount(String value, int count) {
        public FacetCount {
            Objects.requireNonNull(value, "value");
        }
    }

    /**
     * A passage of story text with the stretches that matched the query, as UTF-16 offsets into
     * {@code text}; rendering (ANSI bold, HTML {@code <mark>} after escaping) is the caller's.
     */
    public record Snippet(String text, List<Mark> marks) {
        public Snippet {
            Objects.requireNonNull(text, "text");
            marks = List.copyOf(marks);
            for (Mark m : marks) {
                if (m.end() > text.length()) {
                    throw new IllegalArgumentException("mark " + m + " past the end of the snippet");
                }
            }
        }

        /** The text with each mark wrapped in {@code open} and {@code close}. */
        public String render(String open, String close) {
            StringBuilder out = new StringBuilder(
                    text.length() + marks.size() * (open.length() + close.length()));
            int at = 0;
            for (Mark m : marks) {
                out.append(text, at, m.start()).append(open).append(text, m.start(), m.end()).append(close);
                at = m.end();
            }
            return out.append(text, at, text.length()).toString();
        }
    }

    /** A matched stretch {@code [start, end)} of a snippet. */
    public record Mark(int start, int end) {
        public Mark {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("bad mark [" + start + ", " + end + ")");
            }
        }
    }
}
