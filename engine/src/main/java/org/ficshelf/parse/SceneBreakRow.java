package org.ficshelf.parse;

import java.util.Locale;
import java.util.Set;

/** Recognises a scene-break row: symbols only ({@code * * *}, {@code ~~~}, {@code #}), or {@code oOo}-like. */
final class SceneBreakRow {
    private static final Set<String> LETTER_ROWS = Set.of("ooo", "o0o", "0o0", "xxx", "xox", "oxo", "oooo",
            "xoxo", "ooooo");
    private static final int MAX_LETTER_ROW = 24;

    private SceneBreakRow() {
    }

    static boolean is(String line) {
        if (BodyText.isSymbolRow(line)) {
            return true;
        }
        String s = line.strip();
        if (s.isEmpty() || s.length() > MAX_LETTER_ROW) {
            return false;
        }
        StringBuilder letters = new StringBuilder();
        boolean symbols = false;
        boolean upper = false;
        boolean lower = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                letters.append(c);
                upper |= Character.isUpperCase(c);
                lower |= Character.isLowerCase(c);
            } else if (!Character.isWhitespace(c)) {
                symbols = true;
            }
        }
        String key = letters.toString().toLowerCase(Locale.ROOT);
        return LETTER_ROWS.contains(key) && (symbols || upper && lower || key.indexOf('0') >= 0);
    }
}
