package org.ficshelf.infer;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A case-insensitive pattern of whole words, {@code \b(?:alternatives)\b}, whose every match
 * starts with a letter or digit: it is tried only at word boundaries, and only where the next two
 * characters can begin a match, where {@link Matcher#find()} would try every position. The
 * matches are exactly those of {@code find()} over the same text. The openings that can begin a
 * match are worked out once from the pattern itself: an input of one or two characters that
 * neither matches nor {@linkplain Matcher#hitEnd() runs out} cannot open one. Immutable, so
 * thread-safe.
 */
final class WordStartPattern {
    /** Characters below this are probed as possible starts: ASCII, Latin, punctuation and quotes. */
    private static final char LAST_PROBED = '\u3000';

    private final Pattern pattern;
    /** For each ASCII character, whether it can begin a match (any case). */
    private final boolean[] starts = new boolean[128];
    /** Bit {@code 128 c + d} set when the ASCII characters {@code c d} can begin a match. */
    private final long[] pairs = new long[128 * 128 / 64];

    /** Compiles {@code \b(?:alternatives)\b}, case-insensitively. */
    static WordStartPattern words(String alternatives) {
        return new WordStartPattern(
                Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE),
                alternatives);
    }

    private WordStartPattern(Pattern pattern, String alternatives) {
        this.pattern = pattern;
        Pattern body = Pattern.compile("(?:" + alternatives + ")", Pattern.CASE_INSENSITIVE);
        for (char c = 0; c < LAST_PROBED; c++) {
            if (!opens(body, String.valueOf(c))) {
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                throw new IllegalArgumentException(
                        "a word pattern must start with a letter or digit, not '" + c + "': " + alternatives);
            }
            if (c < 128) {
                starts[c] = true;
                for (char d = 0; d < 128; d++) {
                    if (opens(body, new String(new char[]{c, d}))) {
                        pairs[(c << 7 | d) >>> 6] |= 1L << (d & 63);
                    }
                }
            }
        }
    }

    /** Whether some match begins with {@code opening}: it matches, or the matcher wants more input. */
    private static boolean opens(Pattern body, String opening) {
        Matcher m = body.matcher(opening);
        return m.lookingAt() || m.hitEnd();
    }

    /**
     * Whether a match may start at {@code i}: its first two characters are a listed ASCII opening,
     * or the first is a listed character and the second is beyond ASCII or missing, or the first
     * is any letter or digit beyond ASCII.
     */
    private boolean mayStartAt(CharSequence text, int i, int n) {
        char c = text.charAt(i);
        if (c >= 128) {
            return Character.isLetterOrDigit(c);
        }
        if (!starts[c]) {
            return false;
        }
        if (i + 1 == n) {
            return true;
        }
        char d = text.charAt(i + 1);
        return d >= 128 || (pairs[(c << 7 | d) >>> 6] & (1L << (d & 63))) != 0;
    }

    /** A matcher over {@code text}, for {@link #find(Matcher, CharSequence, int)}. */
    Matcher matcher(CharSequence text) {
        return pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
    }

    /** Whether the pattern occurs in {@code text}. */
    boolean in(CharSequence text) {
        return find(matcher(text), text, 0);
    }

    /**
     * Finds the first match starting at or after {@code from}, as {@link Matcher#find(int)} would;
     * on success the matcher's {@code start()}, {@code end()} and {@code group()} tell it.
     */
    boolean find(Matcher m, CharSequence text, int from) {
        int n = text.length();
        boolean prevWord = from > 0 && isWord(text.charAt(from - 1));
        for (int i = from; i < n; i++) {
            char c = text.charAt(i);
            boolean word = isWord(c);
            // beyond ASCII, \b may also see a combining mark as part of the word before: try them all
            if ((word != prevWord || c >= 128) && mayStartAt(text, i, n)) {
                m.region(i, n);
                if (m.lookingAt()) {
                    return true;
                }
            }
            prevWord = word;
        }
        return false;
    }

    /** A word character as {@code \b} sees one since Java 19: {@code [a-zA-Z0-9_]}, as {@code \w}. */
    private static boolean isWord(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
