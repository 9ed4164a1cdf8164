package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Splits an author's rating words into tokens for {@link RatingScale}: letters, digits and a
 * trailing {@code +}, joined across inner hyphens, dots and apostrophes ("PG-13", "don't").
 */
final class RatingTokens {
    private RatingTokens() {
    }

    /**
     * A token: as written, normalised (lower case, dots removed, hyphens kept), and whether it
     * is one side of an M/M, F/M... category rather than a rating letter.
     */
    record Token(String text, String norm, boolean pairingLetter) {
    }

    /** At most {@code max} tokens of {@code s}. */
    static List<Token> of(String s, int max) {
        List<Token> tokens = new ArrayList<>();
        int n = s.length();
        int i = 0;
        while (i < n && tokens.size() < max) {
            if (!Character.isLetterOrDigit(s.charAt(i))) {
                i++;
                continue;
            }
            int end = tokenEnd(s, i);
            String text = s.substring(i, end);
            String norm = text.toLowerCase(Locale.ROOT).replace(".", "").replace('\u2019', '\'');
            tokens.add(new Token(text, norm, isPairingLetter(s, i, end)));
            i = end;
        }
        return tokens;
    }

    private static int tokenEnd(String s, int start) {
        int n = s.length();
        int i = start;
        while (i < n) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                i++;
            } else if (isJoiner(c) && i + 1 < n && Character.isLetterOrDigit(s.charAt(i + 1))) {
                i++;
            } else {
                break;
            }
        }
        while (i < n && s.charAt(i) == '+') {
            i++;
        }
        return i;
    }

    private static boolean isJoiner(char c) {
        return c == '-' || c == '.' || c == '\'' || c == '\u2019';
    }

    /** True for the M or F of "M/M", "F/M", "M/F", "F/F". */
    private static boolean isPairingLetter(String s, int start, int end) {
        if (end - start != 1 || !isMf(s.charAt(start))) {
            return false;
        }
        boolean after = end + 1 < s.length() && s.charAt(end) == '/' && isMf(s.charAt(end + 1))
                && (end + 2 == s.length() || !Character.isLetterOrDigit(s.charAt(end + 2)));
        boolean before = start >= 2 && s.charAt(start - 1) == '/' && isMf(s.charAt(start - 2))
                && (start == 2 || !Character.isLetterOrDigit(s.charAt(start - 3)));
        return after || before;
    }

    private static boolean isMf(char c) {
        return c == 'm' || c == 'M' || c == 'f' || c == 'F';
    }
}
