package org.ficshelf.parse;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Recognises {@code Key: value} lines of a front matter, whatever the separator ({@code :},
 * {@code -}, {@code ,}, {@code =}, {@code ~}, {@code |}, the full-width {@code ：}) and spelling, through the synonym table
 * {@code header-keys.tsv}.
 */
final class Keys {
    /** Separators tried after a key, in the order they occur on the line. */
    private static final String SEPARATORS = ":-–—=,~|：";
    private static final int MAX_KEY_CHARS = 40;
    private static final int MAX_ASIDE_CHARS = 120;

    private Keys() {
    }

    /**
     * One keyed line: the canonical key, the key as the author wrote it, and the value
     * (trimmed, possibly empty when the value follows on the next lines).
     */
    record Match(String key, String label, String value) {
    }

    private static final class Table {
        static final Map<String, String> SYNONYMS = load();

        private static Map<String, String> load() {
            Map<String, String> map = new HashMap<>();
            for (String[] row : HeaderTables.rows("header-keys.tsv")) {
                if (row.length >= 2) {
                    map.putIfAbsent(normalise(row[0]), row[1].strip());
                }
            }
            return map;
        }
    }

    /** The canonical key for a key as written ("Pairing(s)", "TITLE", "Título"), or null. */
    static @Nullable String canonical(String written) {
        return Table.SYNONYMS.get(normalise(written));
    }

    /** The keyed reading of a line, or null when the line does not start with a known key. */
    static @Nullable Match match(String line) {
        Match aside = withAside(line);
        if (aside != null) {
            return aside;
        }
        int limit = Math.min(line.length(), MAX_KEY_CHARS);
        for (int i = 0; i < limit; i++) {
            char c = line.charAt(i);
            if (SEPARATORS.indexOf(c) < 0) {
                continue;
            }
            if ((c == '-' || c == ',') && i + 1 < line.length() && !Character.isWhitespace(line.charAt(i + 1))
                    && i > 0 && !Character.isWhitespace(line.charAt(i - 1))) {
                continue; // "E-MAIL", "PG-13": a hyphen inside a word separates nothing
            }
            String label = stripMarkup(line.substring(0, i));
            String key = label.isEmpty() ? null : canonical(label);
            if (key != null) {
                int start = i + 1;
                while (start < line.length() && (line.charAt(start) == c || line.charAt(start) == ':'
                        || line.charAt(start) == '：')) {
                    start++;
                }
                return new Match(key, label, stripMarkup(line.substring(start)));
            }
        }
        return null;
    }

    /**
     * A key with a parenthesised aside before its colon ("Songs (all out of copyright):"), the
     * aside dropped, or null.
     */
    private static @Nullable Match withAside(String line) {
        int open = line.indexOf('(');
        if (open <= 0 || open > MAX_KEY_CHARS) {
            return null;
        }
        int close = line.indexOf(')', open);
        if (close < 0 || close - open > MAX_ASIDE_CHARS) {
            return null;
        }
        int colon = close + 1;
        while (colon < line.length() && line.charAt(colon) == ' ') {
            colon++;
        }
        if (colon >= line.length() || line.charAt(colon) != ':' && line.charAt(colon) != '：') {
            return null;
        }
        String label = stripMarkup(line.substring(0, open));
        String key = label.isEmpty() ? null : canonical(label);
        return key == null ? null : new Match(key, label, stripMarkup(line.substring(colon + 1)));
    }

    /** The line without emphasis marks and spaces around it ("*Title:*" → "Title"). */
    private static String stripMarkup(String s) {
        int b = 0;
        int e = s.length();
        while (b < e && isMarkOrSpace(s.charAt(b))) {
            b++;
        }
        while (e > b && isMarkOrSpace(s.charAt(e - 1))) {
            e--;
        }
        return s.substring(b, e);
    }

    private static boolean isMarkOrSpace(char c) {
        return Character.isWhitespace(c) || c == '*' || c == '_' || c == '\u00A0';
    }

    /** Lower case, marks and repeated spaces removed, as keys are compared. */
    static String normalise(String key) {
        StringBuilder b = new StringBuilder(key.length());
        boolean space = false;
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (c == '’') {
                c = '\'';
            }
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else if (c != '*' && c != '_') {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString().toLowerCase(Locale.ROOT);
    }
}
