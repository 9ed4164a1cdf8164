package org.ficshelf.parse;

/** Small text helpers shared by the body's line readers: decoration stripping, symbol rows. */
final class BodyText {
    private static final String DECORATION = "~*=#_+<>|[]{}-–—•·°^ \t\u00a0";

    private BodyText() {
    }

    /** The line without decoration characters at either end ("~ Part 1 ~" → "Part 1"). */
    static String stripDecoration(String line) {
        int start = 0;
        int end = line.length();
        while (start < end && DECORATION.indexOf(line.charAt(start)) >= 0) {
            start++;
        }
        while (end > start && DECORATION.indexOf(line.charAt(end - 1)) >= 0) {
            end--;
        }
        return line.substring(start, end);
    }

    /** True when the line holds symbols only, no letter or digit ("* * *", "~~~", "####", "+ + +"). */
    static boolean isSymbolRow(String line) {
        boolean any = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return false;
            }
            if (!Character.isWhitespace(c)) {
                any = true;
            }
        }
        return any;
    }

    /** Counts whitespace-separated tokens, as the word count does. */
    static int words(CharSequence text) {
        return words(text, Integer.MAX_VALUE);
    }

    /** As {@link #words(CharSequence)}, but stops counting once {@code cap} tokens are seen. */
    static int words(CharSequence text, int cap) {
        int n = 0;
        boolean in = false;
        for (int i = 0; i < text.length() && n < cap; i++) {
            char c = text.charAt(i);
            boolean ws = (c <= ' ' || c >= '\u0080') && Character.isWhitespace(c);
            if (!ws && !in) {
                n++;
            }
            in = !ws;
        }
        return n;
    }

    /** The leading whitespace width of a line, a tab counting as eight. */
    static int indent(String line) {
        int w = 0;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == ' ' || c == '\u00a0') {
                w++;
            } else if (c == '\t') {
                w += 8;
            } else {
                break;
            }
        }
        return w;
    }

    /** The number of leading whitespace characters, as {@link String#strip()} removes them. */
    static int leadingWhitespace(String line) {
        int i = 0;
        while (i < line.length() && Character.isWhitespace(line.charAt(i))) {
            i++;
        }
        return i;
    }
}
