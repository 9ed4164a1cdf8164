package org.ficshelf.parse;

import java.util.List;

/** Small text helpers shared by the front-matter readers. */
final class HeaderText {
    private HeaderText() {
    }

    /** Runs of whitespace collapsed to one space, trimmed. Linear. */
    static String squash(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) {
                    b.append(' ');
                    space = false;
                }
                b.append(c);
            }
        }
        return b.toString();
    }

    /** Lines joined with single spaces, whitespace collapsed. */
    static String join(List<String> lines) {
        return squash(String.join(" ", lines));
    }

    /** Number of whitespace-separated words (the body's count, shared). */
    static int words(String s) {
        return BodyText.words(s);
    }

    /** Leading whitespace width, a tab counting as eight (the body's measure, shared). */
    static int indent(String s) {
        return BodyText.indent(s);
    }

    /** True for a row of decoration only ({@code ----}, {@code * * *}, {@code ~*~*~}, {@code ####}). */
    static boolean isSeparator(String line) {
        int marks = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if ("-=*~_#+.oO<>:^|/\\".indexOf(c) >= 0 || c == '•' || c == '·' || c == '—' || c == '–') {
                marks++;
            } else if (!Character.isWhitespace(c)) {
                return false;
            }
        }
        return marks >= 3 && !line.strip().chars().allMatch(ch -> ch == 'o' || ch == 'O' || ch == '.');
    }
}
