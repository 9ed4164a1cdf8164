package org.ficshelf.parse;

import java.util.Locale;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * A line read as a chapter heading ("Chapter 3: Name", "Part Two", "~ Part 1 ~", "Kapitel 2",
 * "Prologue", a bare "2."), with its number and the total a "Part 3 of 5" states.
 *
 * @param title the heading as written, decoration stripped
 * @param number the chapter number, 0 for a word heading without one (Prologue), -1 unknown
 * @param of the total of "Part 3 of 5" / "Part 2/3", or null
 * @param weak true for a bare number line, which counts only inside a sequence of them
 * @param rest the words after the number ("the end!" of "Part 10 - the end!"), empty if none
 */
record ChapterHeading(String title, int number, @Nullable Integer of, boolean weak, String rest) {
    private static final int MAX_LENGTH = 80;
    private static final int MAX_PREFIX_WORDS = 6;
    /** Compiled once: {@code String.split} would compile its pattern on every line. */
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    /** The heading a lone line holds, or null when it is not one. */
    static @Nullable ChapterHeading read(String line) {
        String s = BodyText.stripDecoration(line);
        if (s.isEmpty() || s.length() > MAX_LENGTH || line.length() > 4 * MAX_LENGTH) {
            return null;
        }
        String[] words = WHITESPACE.split(s);
        ChapterHeading bare = bareNumber(s, words);
        if (bare != null) {
            return bare;
        }
        for (int k = 0; k < words.length && k <= MAX_PREFIX_WORDS; k++) {
            if (k > 0 && !endsPrefix(words[k - 1], k < words.length ? words[k] : "")) {
                continue;
            }
            ChapterHeading h = fromKeyword(s, words, k);
            if (h != null) {
                return h;
            }
        }
        return null;
    }

    /** True when the heading says this part is the last ("Part 3 of 3"). */
    boolean isLastPart() {
        return of != null && number >= of;
    }

    private static boolean endsPrefix(String previous, String next) {
        return previous.endsWith(":") || previous.endsWith(",") || previous.equals("-")
                || previous.equals("--") || previous.equals("–") || previous.equals("—");
    }

    private static @Nullable ChapterHeading bareNumber(String s, String[] words) {
        if (words.length != 1) {
            return null;
        }
        String w = words[0].endsWith(".") ? words[0].substring(0, words[0].length() - 1) : words[0];
        int n = digits(w);
        if (n < 0 && (w.length() >= 2 || words[0].endsWith(".")) && w.equals(w.toUpperCase(Locale.ROOT))) {
            n = roman(w);
        }
        return n > 0 ? new ChapterHeading(s, n, null, true, "") : null;
    }

    private static @Nullable ChapterHeading fromKeyword(String s, String[] words, int k) {
        String kind = keywordKind(words[k]);
        if (kind == null) {
            return null;
        }
        boolean keywordEndsColon = words[k].endsWith(":");
        if (kind.equals("alone")) {
            if (k + 1 == words.length || keywordEndsColon || isSeparator(words[k + 1])) {
                return new ChapterHeading(s, 0, null, false, rest(words, k + 1));
            }
            return null;
        }
        if (k + 1 >= words.length || keywordEndsColon) {
            return null;
        }
        return numbered(s, words, k + 1);
    }

    private static @Nullable ChapterHeading numbered(String s, String[] words, int i) {
        String token = words[i];
        String total = null;
        int slash = token.indexOf('/');
        if (slash > 0) {
            total = token.substring(slash + 1);
            token = token.substring(0, slash);
        }
        boolean sepAfter = token.endsWith(":") || token.endsWith(".") || token.endsWith(",");
        int n = number(trimPunct(token));
        if (n < 0) {
            return null;
        }
        int next = i + 1;
        if (total == null && !sepAfter && next + 1 < words.length
                && words[next].equalsIgnoreCase("of")) {
            total = words[next + 1];
            next += 2;
        }
        Integer of = null;
        if (total != null) {
            int t = number(trimPunct(total));
            if (t < 0) {
                return null;
            }
            of = t;
        }
        if (next < words.length && !sepAfter && !isSeparator(words[next]) && !words[next].startsWith("(")) {
            return null;
        }
        return new ChapterHeading(s, n, of, false, rest(words, next));
    }

    private static String rest(String[] words, int from) {
        StringBuilder b = new StringBuilder();
        for (int i = from; i < words.length; i++) {
            if (i == from && isSeparator(words[i])) {
                continue;
            }
            if (!b.isEmpty()) {
                b.append(' ');
            }
            b.append(words[i]);
        }
        return b.toString();
    }

    private static boolean isSeparator(String w) {
        return w.equals("-") || w.equals("--") || w.equals("–") || w.equals("—") || w.equals(":")
                || w.equals("~") || w.equals("|") || w.equals(".");
    }

    private static @Nullable String keywordKind(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        w = w.endsWith(":") || w.endsWith(",") ? w.substring(0, w.length() - 1) : w;
        String kind = BodyTables.HEADING_WORDS.get(w);
        if (kind == null && !w.endsWith(".")) {
            kind = BodyTables.HEADING_WORDS.get(w + ".");
        }
        if (kind == null && w.endsWith(".")) {
            kind = BodyTables.HEADING_WORDS.get(w.substring(0, w.length() - 1));
        }
        return kind;
    }

    private static String trimPunct(String token) {
        int end = token.length();
        while (end > 0 && ".:,;-)".indexOf(token.charAt(end - 1)) >= 0) {
            end--;
        }
        return token.substring(0, end);
    }

    /** A number as digits, a Roman numeral or a number word; -1 when none. */
    static int number(String token) {
        int n = digits(token);
        if (n >= 0) {
            return n;
        }
        String word = BodyTables.NUMBER_WORDS.get(token.toLowerCase(Locale.ROOT));
        if (word != null) {
            return Integer.parseInt(word);
        }
        return roman(token);
    }

    private static int digits(String token) {
        if (token.isEmpty() || token.length() > 4) {
            return -1;
        }
        int n = 0;
        for (int i = 0; i < token.length(); i++) {
            char c = token.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            n = n * 10 + (c - '0');
        }
        return n;
    }

    /** A Roman numeral up to XXXIX (I, V, X only), -1 when not one. */
    static int roman(String token) {
        String t = token.toUpperCase(Locale.ROOT);
        if (t.isEmpty() || t.length() > 7) {
            return -1;
        }
        int total = 0;
        int prev = 0;
        for (int i = t.length() - 1; i >= 0; i--) {
            int v = switch (t.charAt(i)) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                default -> -1;
            };
            if (v < 0) {
                return -1;
            }
            total += v < prev ? -v : v;
            prev = Math.max(prev, v);
        }
        return total > 0 ? total : -1;
    }
}
