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

    public boolean isAny() {
        return min == 0 && max == Integer.MAX_VALUE;
    }

    public boolean contains(int words) {
        return words >= min && words <= max;
    }
}
