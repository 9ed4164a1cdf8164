package org.ficshelf.search;

import java.util.Locale;
import java.util.Objects;

/** The order of results: a key and a direction. Ties are always broken by work id, ascending. */
public record SearchSort(Key key, boolean descending) {

    /** What results are ordered by. */
    public enum Key {
        /** Best match first; with an empty query every work scores the same. */
        RELEVANCE(true),
        /** Title, case- and accent-folded. */
        TITLE(false),
        /** First author, case- and accent-folded. */
        AUTHOR(false), WORDS(true),
        /** When the work was added to the archive. */
        ADDED(true);

        private final boolean descendingByDefault;

        Key(boolean descendingByDefault) {
            this.descendingByDefault = descendingByDefault;
        }
    }

    public static final SearchSort RELEVANCE = new SearchSort(Key.RELEVANCE, true);

    public SearchSort {
        Objects.requireNonNull(key, "key");
    }

    /** The key in its usual direction: relevance, words and date added descending, names ascending. */
    public static SearchSort by(Key key) {
        return new SearchSort(key, key.descendingByDefault);
    }

    /** A sort as a reader writes it: {@code words}, {@code title:asc}, {@code added:desc}. */
    public static SearchSort parse(String text) {
        String[] parts = text.strip().toLowerCase(Locale.ROOT).split(":", -1);
        Key key = keyOf(parts[0], text);
        if (parts.length == 1) {
            return by(key);
        }
        if (parts.length == 2 && (parts[1].equals("asc") || parts[1].equals("desc"))) {
            return new SearchSort(key, parts[1].equals("desc"));
        }
        throw new SearchException(SearchException.Reason.BAD_QUERY,
                "bad sort '" + text + "': the direction is asc or desc, as in words:asc");
    }

    private static Key keyOf(String name, String text) {
        for (Key k : Key.values()) {
            if (k.name().toLowerCase(Locale.ROOT).equals(name)) {
                return k;
            }
        }
        throw new SearchException(SearchException.Reason.BAD_QUERY,
                "bad sort '" + text + "': sort by relevance, title, author, words or added");
    }

    @Override
    public String toString() {
        return key.name().toLowerCase(Locale.ROOT) + (descending ? ":desc" : ":asc");
    }
}
