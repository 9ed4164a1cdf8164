package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ficshelf.doc.SpanKind;
import org.jspecify.annotations.Nullable;

/**
 * The inline markup conventions of a work: the ones its author declares in the notes
 * ("/text/ = thoughts, *text* = emphasis", "thoughts are in <>") first, then the usual
 * undeclared ones ({@code **strong**}, {@code *emphasis*}, {@code /thought/}, {@code _underline_}).
 */
final class MarkupConventions {
    private static final String SYMBOLS = "/*_~<>^|+#:";
    private static final List<String[]> KINDS = BodyTables.rows("body-markup-kinds.tsv");
    private static final List<MarkupConvention> DEFAULTS = List.of(
            new MarkupConvention("**", "**", SpanKind.STRONG),
            new MarkupConvention("*", "*", SpanKind.EMPHASIS),
            new MarkupConvention("/", "/", SpanKind.THOUGHT),
            new MarkupConvention("_", "_", SpanKind.UNDERLINE));

    private MarkupConventions() {
    }

    /** The conventions to apply, declared ones first; a declared opener replaces its default. */
    static List<MarkupConvention> forNotes(List<String> notes) {
        List<MarkupConvention> out = new ArrayList<>();
        for (String note : notes) {
            for (String clause : note.split("[,;\\n]|\\band\\b|\\. ")) {
                MarkupConvention c = declared(clause);
                if (c != null && out.stream().noneMatch(o -> o.open().equals(c.open()))) {
                    out.add(c);
                }
            }
        }
        for (MarkupConvention d : DEFAULTS) {
            if (out.stream().noneMatch(o -> o.open().equals(d.open()))) {
                out.add(d);
            }
        }
        out.sort((a, b) -> b.open().length() - a.open().length());
        return List.copyOf(out);
    }

    /** The convention one clause of a note declares, or null. */
    static @Nullable MarkupConvention declared(String clause) {
        SpanKind kind = kindOf(clause);
        if (kind == null) {
            return null;
        }
        int i = 0;
        while (i < clause.length() && !isSymbol(clause, i)) {
            i++;
        }
        if (i == clause.length()) {
            return null;
        }
        String open = run(clause, i);
        int j = i + open.length();
        int wordStart = j;
        while (j < clause.length() && Character.isLetter(clause.charAt(j)) && j - wordStart < 12) {
            j++;
        }
        if (j > wordStart) {
            String close = j < clause.length() && isSymbol(clause, j) ? run(clause, j) : "";
            return close.isEmpty() ? null : new MarkupConvention(open, close, kind);
        }
        if (open.equals("<>")) {
            return new MarkupConvention("<", ">", kind);
        }
        if (open.length() == 2 && open.charAt(0) == open.charAt(1) && open.charAt(0) != ':') {
            return new MarkupConvention(open.substring(0, 1), open.substring(0, 1), kind);
        }
        return open.equals("<") || open.equals(">") ? null : new MarkupConvention(open, open, kind);
    }

    private static boolean isSymbol(String s, int i) {
        char c = s.charAt(i);
        if (c == ':') {
            return i + 1 < s.length() && s.charAt(i + 1) == ':';
        }
        return SYMBOLS.indexOf(c) >= 0;
    }

    private static String run(String s, int i) {
        int end = i;
        while (end < s.length() && end - i < 2 && isSymbol(s, end)) {
            end++;
        }
        return s.substring(i, end);
    }

    private static @Nullable SpanKind kindOf(String clause) {
        String lower = clause.toLowerCase(Locale.ROOT);
        for (String[] row : KINDS) {
            int at = lower.indexOf(row[0]);
            if (at >= 0 && (at == 0 || !Character.isLetter(lower.charAt(at - 1)))) {
                return SpanKind.valueOf(row[1].strip());
            }
        }
        return null;
    }
}
