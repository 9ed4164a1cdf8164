package org.ficshelf.search;

/** A range of word counts, both ends inclusive; {@link #ANY} leaves the count unfiltered. */
public record WordRange(int min, int max) {
    public static final WordRange ANY = new WordRange(0, Integer.MAX_VALUE);

    public WordRange {
        if (min < 0 || max < min) {
            throw new SearchException(SearchException.Reason.BAD_QUERY,
                    "bad words range " + min + ".." + max + ": need 0 <= min <= max");
        }
    }

    public static WordRange atLeast(int min) {
        return new WordRange(min, Integer.MAX_VALUE);
    }

    public static WordRange atMost(int max) {
        return new WordRange(0, max);
    }

    /** {@code 1000-5000}, {@code 1000-} or {@code -5000}. */
    public static WordRange parse(String text) {
        String t = text.strip();
        int dash = t.indexOf('-');
        try {
            if (dash < 0) {
                throw new NumberFormatException();
            }
            String min = t.substring(0, dash).strip();
            String max = t.substring(dash + 1).strip();
            if (min.isEmpty() && max.isEmpty()) {
                throw new NumberFormatException();
            }
            return new WordRange(min.isEmpty() ? 0 : Integer.parseInt(min),
                    max.isEmpty() ? Integer.MAX_VALUE : Integer.parseInt(max));
        } catch (NumberFormatException e) {
            throw new SearchException(SearchException.Reason.BAD_QUERY,
                    "bad words range '" + text + "': write MIN-MAX, MIN- or -MAX, as in 1000-5000");
        }
    }

    public boolean isAny() {
        return min == 0 && max == Integer.MAX_VALUE;
    }

    public boolean contains(int words) {
        return words >= min && words <= max;
    }
}
