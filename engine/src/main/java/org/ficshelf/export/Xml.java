package org.ficshelf.export;

/**
 * Escaping for XML and HTML output. Text is never passed through: {@code <}, {@code &}, quotes
 * are escaped, and characters XML 1.0 cannot carry are dropped (C0 and C1 controls other than
 * tab and line breaks) or replaced by U+FFFD (lone surrogates, U+FFFE, U+FFFF).
 */
final class Xml {
    private Xml() {
    }

    /** Appends {@code s} escaped for element content. */
    static void text(StringBuilder out, String s) {
        escape(out, s, false);
    }

    /** Appends {@code s} escaped for a double-quoted attribute value. */
    static void attr(StringBuilder out, String s) {
        escape(out, s, true);
    }

    /** {@code s} escaped for element content. */
    static String text(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        text(out, s);
        return out.toString();
    }

    /** {@code s} with the characters XML cannot carry dropped or replaced, not escaped. */
    static String clean(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            i = cleanChar(out, s, i);
        }
        return out.toString();
    }

    private static void escape(StringBuilder out, String s, boolean attribute) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append(attribute ? "&quot;" : "\"");
                case '\'' -> out.append(attribute ? "&#39;" : "'");
                case '\n', '\t' -> out.append(attribute ? ' ' : c);
                default -> i = cleanChar(out, s, i);
            }
        }
    }

    /** Appends the character at {@code i} if XML can carry it; returns the last index consumed. */
    private static int cleanChar(StringBuilder out, String s, int i) {
        char c = s.charAt(i);
        if (c >= 0x20 && c < 0x7F || c > 0x9F && c < 0xD800) {
            out.append(c);
        } else if (c == '\n' || c == '\t') {
            out.append(c);
        } else if (c == '\r') {
            if (i + 1 >= s.length() || s.charAt(i + 1) != '\n') {
                out.append('\n');
            }
        } else if (Character.isHighSurrogate(c) && i + 1 < s.length()
                && Character.isLowSurrogate(s.charAt(i + 1))) {
            out.append(c).append(s.charAt(i + 1));
            return i + 1;
        } else if (Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            out.append('\uFFFD');
        } else if (c >= 0xE000) {
            out.append(c);
        }
        // C0 and C1 controls are dropped
        return i;
    }
}
