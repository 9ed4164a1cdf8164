package org.ficshelf.canon;

import java.util.Arrays;

/**
 * The words of a text in one pass: letters and digits, with apostrophes and hyphens inside a
 * word kept ("O'Brien", "Wyndam-Pryce"), each with its offsets, whether it starts a sentence,
 * whether it may continue a name begun by the word before (only spaces or an initial's period
 * or a colon between them, as in "Angel: the Series"), whether a sentence or quotation boundary
 * lies before it and whether it holds a hyphen. Reused across texts to avoid allocation; one
 * split feeds the name automaton and every other reader of the same paragraph.
 */
public final class WordSplit {
    int count;
    int[] starts = new int[64];
    int[] ends = new int[64];
    boolean[] initial = new boolean[64];
    boolean[] joined = new boolean[64];
    boolean[] boundary = new boolean[64];
    boolean[] hyphened = new boolean[64];
    int[] hashes = new int[64];
    boolean[] plain = new boolean[64];

    /** Splits {@code text}, replacing the previous words. */
    public void split(CharSequence text) {
        count = 0;
        int n = text.length();
        int prevEnd = -1;
        int i = 0;
        while (i < n) {
            if (!isWordChar(text.charAt(i))) {
                i++;
                continue;
            }
            int start = i;
            boolean hyphen = false;
            char first = text.charAt(i);
            boolean ascii = first < 128;
            int hash = TokenTable.fold(first);
            i++;
            while (i < n) {
                char c = text.charAt(i);
                if (isWordChar(c)) {
                    ascii &= c < 128;
                } else if (isInner(c) && i + 1 < n && isWordChar(text.charAt(i + 1))) {
                    hyphen |= c == '-';
                    ascii = false;
                } else {
                    break;
                }
                hash = 31 * hash + TokenTable.fold(c);
                i++;
            }
            add(text, prevEnd, start, i, hyphen);
            hashes[count - 1] = hash;
            plain[count - 1] = ascii;
            prevEnd = i;
        }
    }

    /** How many words the last split found. */
    public int count() {
        return count;
    }

    /** Where word {@code i} starts. */
    public int start(int i) {
        return starts[i];
    }

    /** Where word {@code i} ends (exclusive). */
    public int end(int i) {
        return ends[i];
    }

    /** Whether a sentence end, quotation mark, colon, semicolon or parenthesis precedes word {@code i}. */
    public boolean boundaryBefore(int i) {
        return boundary[i];
    }

    /**
     * The hash of word {@code i} case-folded ({@link NameAutomaton#fold}): {@code h = 31 * h + c}
     * over its characters, so a table keyed the same way needs no second pass over the word.
     */
    public int hash(int i) {
        return hashes[i];
    }

    /** Whether word {@code i} is only ASCII letters and digits (no apostrophe, hyphen or accent). */
    public boolean plain(int i) {
        return plain[i];
    }

    /** Whether word {@code i} holds a hyphen ("Wyndam-Pryce"). */
    public boolean hyphened(int i) {
        return hyphened[i];
    }

    private void add(CharSequence text, int prevEnd, int start, int end, boolean hyphen) {
        if (count == starts.length) {
            int size = count * 2;
            starts = Arrays.copyOf(starts, size);
            ends = Arrays.copyOf(ends, size);
            initial = Arrays.copyOf(initial, size);
            joined = Arrays.copyOf(joined, size);
            boundary = Arrays.copyOf(boundary, size);
            hyphened = Arrays.copyOf(hyphened, size);
            hashes = Arrays.copyOf(hashes, size);
            plain = Arrays.copyOf(plain, size);
        }
        starts[count] = start;
        ends[count] = end;
        boolean sentenceEnd = prevEnd < 0;
        boolean joinable = prevEnd >= 0 && start - prevEnd <= 3;
        boolean stop = false;
        for (int j = Math.max(prevEnd, 0); j < start; j++) {
            char c = text.charAt(j);
            switch (c) {
                case ' ', '\t' -> {
                }
                case '.', '!', '?', '\n' -> {
                    sentenceEnd = true;
                    stop = true;
                    joinable &= c == '.';
                }
                case '\u2026' -> {
                    sentenceEnd = true;
                    joinable = false;
                }
                case ':', '"' -> {
                    stop = true;
                }
                case ';', '(', ')', '\u201C', '\u201D' -> {
                    stop = true;
                    joinable = false;
                }
                case '&' -> {
                }
                default -> joinable = false;
            }
        }
        initial[count] = sentenceEnd;
        joined[count] = joinable;
        boundary[count] = stop;
        hyphened[count] = hyphen;
        count++;
    }

    /** A letter or digit, with a table-free test for ASCII. */
    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isInner(char c) {
        return c == '\'' || c == '\u2019' || c == '-';
    }
}
