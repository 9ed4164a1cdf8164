package org.ficshelf.parse;

import java.util.BitSet;
import java.util.List;
import java.util.Set;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;

/**
 * Finds footnote markers in a paragraph's raw text: a number glued after a closing quote
 * ({@code chord."1}), {@code (1)} or {@code [1]} after a quote or closing a paragraph,
 * {@code ^1}, superscript digits, and a glued {@code *} when a legend defines it. A marker
 * whose shape is ambiguous counts only when a legend has its mark.
 */
final class InlineFootnotes {
    private static final String QUOTES = "\"”'’»";
    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Bit {@code c} set for the ASCII characters below 64 that can begin a marker: digits, ( and *. */
    private static final long MARKER_STARTS_LOW = 0x03FF_0000_0000_0000L | 1L << '(' | 1L << '*';

    private InlineFootnotes() {
    }

    static void find(String raw, BitSet removed, Set<String> legendMarks, List<Span> spans) {
        int n = raw.length();
        for (int i = 0; i < n; i++) {
            char c = raw.charAt(i);
            if (c > '^' && c < '\u00B2' || !canStartMarker(c) || removed.get(i)) {
                continue; // the first test passes over lower-case ASCII letters, most of any text
            }
            int end = switch (c) {
                case '(', '[' -> bracketed(raw, i, legendMarks, spans);
                case '^' -> caret(raw, i, spans);
                case '*' -> star(raw, i, legendMarks, spans);
                default -> glued(raw, i, legendMarks, spans);
            };
            if (end > i) {
                i = end - 1;
            }
        }
    }

    /** Cheap test run on every character: only these can begin a marker. */
    private static boolean canStartMarker(char c) {
        if (c < 64) {
            return (MARKER_STARTS_LOW >>> c & 1L) != 0;
        }
        if (c < 128) {
            return c == '[' || c == '^';
        }
        return isSuperscript(c);
    }

    private static boolean isSuperscript(char c) {
        return c == '\u00B2' || c == '\u00B3' || c == '\u00B9' || c == '\u2070'
                || c >= '\u2074' && c <= '\u2079';
    }

    private static int bracketed(String raw, int i, Set<String> legend, List<Span> spans) {
        char close = raw.charAt(i) == '(' ? ')' : ']';
        int d = digitsEnd(raw, i + 1);
        if (d == i + 1 || d - i > 3 || d >= raw.length() || raw.charAt(d) != close) {
            return i;
        }
        String mark = raw.substring(i + 1, d);
        int before = i - 1;
        while (before >= 0 && raw.charAt(before) == ' ') {
            before--;
        }
        boolean afterQuote = before >= 0 && before < i && QUOTES.indexOf(raw.charAt(before)) >= 0;
        boolean closesParagraph = blankFrom(raw, d + 1) && before >= 0;
        boolean glued = before == i - 1 && before >= 0 && !Character.isWhitespace(raw.charAt(before));
        if (legend.contains(mark) && (glued || afterQuote || closesParagraph || before >= 0)
                || afterQuote || (closesParagraph && close == ']')) {
            spans.add(new Span(i, d + 1, SpanKind.FOOTNOTE_REF, mark));
            return d + 1;
        }
        return i;
    }

    private static int caret(String raw, int i, List<Span> spans) {
        int d = digitsEnd(raw, i + 1);
        if (d == i + 1 || d - i > 3 || i == 0 || Character.isWhitespace(raw.charAt(i - 1))) {
            return i;
        }
        spans.add(new Span(i, d, SpanKind.FOOTNOTE_REF, raw.substring(i + 1, d)));
        return d;
    }

    private static int star(String raw, int i, Set<String> legend, List<Span> spans) {
        if (!legend.contains("*") || i == 0 || Character.isWhitespace(raw.charAt(i - 1))) {
            return i;
        }
        int end = i + 1;
        if (end < raw.length() && Character.isLetterOrDigit(raw.charAt(end))) {
            return i;
        }
        spans.add(new Span(i, end, SpanKind.FOOTNOTE_REF, "*"));
        return end;
    }

    /** A digit run glued after a closing quote or sentence punctuation, or superscript digits. */
    private static int glued(String raw, int i, Set<String> legend, List<Span> spans) {
        char c = raw.charAt(i);
        if (isSuperscript(c)) {
            int e = i;
            StringBuilder mark = new StringBuilder();
            while (e < raw.length() && SUPERSCRIPTS.indexOf(raw.charAt(e)) >= 0 && e - i < 3) {
                mark.append((char) ('0' + SUPERSCRIPTS.indexOf(raw.charAt(e))));
                e++;
            }
            spans.add(new Span(i, e, SpanKind.FOOTNOTE_REF, mark.toString()));
            return e;
        }
        if (c < '0' || c > '9' || i == 0) {
            return i;
        }
        char prev = raw.charAt(i - 1);
        int d = digitsEnd(raw, i);
        if (d - i > 2 || d < raw.length() && Character.isLetterOrDigit(raw.charAt(d))) {
            return i;
        }
        boolean quote = QUOTES.indexOf(prev) >= 0 && i >= 2 && !Character.isWhitespace(raw.charAt(i - 2));
        boolean punct = ".!?,;".indexOf(prev) >= 0 && i >= 2 && Character.isLetter(raw.charAt(i - 2));
        String mark = raw.substring(i, d);
        if (quote || punct && legend.contains(mark)) {
            spans.add(new Span(i, d, SpanKind.FOOTNOTE_REF, mark));
            return d;
        }
        return i;
    }

    private static boolean blankFrom(String raw, int from) {
        for (int k = from; k < raw.length(); k++) {
            if (!Character.isWhitespace(raw.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static int digitsEnd(String raw, int from) {
        int d = from;
        while (d < raw.length() && raw.charAt(d) >= '0' && raw.charAt(d) <= '9' && d - from < 4) {
            d++;
        }
        return d;
    }
}
