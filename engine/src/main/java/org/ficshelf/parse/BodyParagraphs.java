package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.ficshelf.doc.TextLine;
import org.jspecify.annotations.Nullable;

/**
 * Turns text units into paragraphs: joins their lines, takes author's notes out (labelled
 * paragraphs and inline "(A/N: ...)"), drops repeated front matter, reads inline markup.
 */
final class BodyParagraphs {
    private static final int MAX_LABEL = 30;
    private static final Pattern LABEL_TRIM = Pattern.compile("^[(\\[*~\\s]+|[\\s:.\\-–—]+$");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern WHITESPACE = Pattern.compile("\\s+");

    private final List<MarkupConvention> conventions;
    private final Set<String> legendMarks;
    private final List<String> notes;
    private final ProblemList problems;

    BodyParagraphs(List<MarkupConvention> conventions, Set<String> legendMarks, List<String> notes,
            ProblemList problems) {
        this.conventions = conventions;
        this.legendMarks = legendMarks;
        this.notes = notes;
        this.problems = problems;
    }

    /** The paragraph a unit makes, or null when it is a note or front matter (notes are collected). */
    @Nullable
    Paragraph paragraph(BodyUnit.Text unit) {
        String role = labelRole(unit.lines());
        if (role != null) {
            if (role.equals("note")) {
                String text = unwrap(normalise(EndMatterTrim.joined(unit.lines())));
                String body = text.substring(labelEnd(text)).strip();
                if (body.startsWith("(") && body.endsWith(")")
                        || body.startsWith("[") && body.endsWith("]")) {
                    body = body.substring(1, body.length() - 1).strip();
                }
                if (!body.isEmpty()) {
                    notes.add(body);
                }
            }
            return null;
        }
        Joined joined = join(unit.lines(), unit.verse());
        String raw = takeInlineNotes(joined.text.toString());
        List<Span> rawSpans = raw.length() == joined.text.length() ? joined.spans : List.of();
        InlineMarkup.Result r = InlineMarkup.read(raw, rawSpans, conventions, legendMarks);
        for (int offset : r.unclosed()) {
            problems.add(joined.lineOf(offset), joined.columnOf(offset), "unclosed-markup",
                    "markup '" + raw.charAt(offset) + "' opened here is not closed");
        }
        for (Span s : r.spans()) {
            if (s.kind() == SpanKind.FOOTNOTE_REF && !legendMarks.contains(s.mark())) {
                problems.add(unit.line(), 0, "footnote-without-legend",
                        "footnote marker " + s.mark() + " has no legend entry");
            }
        }
        if (r.text().isBlank()) {
            return null;
        }
        return new Paragraph(r.text(), r.spans(), unit.line());
    }

    /** {@code note} or {@code offstory} when the paragraph opens with such a label, else null. */
    static @Nullable String labelRole(List<TextLine> lines) {
        // A label lies within the first MAX_LABEL characters after the indent: no need to strip
        // the whole line (in HTML sources a line is a paragraph).
        String line = lines.getFirst().text();
        int lead = BodyText.leadingWhitespace(line);
        String first = line.substring(lead, Math.min(line.length(), lead + MAX_LABEL));
        int end = labelEnd(first);
        if (end == 0) {
            return null;
        }
        String label = first.substring(0, end).toLowerCase(Locale.ROOT);
        label = LABEL_TRIM.matcher(label).replaceAll("");
        return BodyTables.LABELS.get(label);
    }

    /** The end of a leading "Label:" / "A/N -" (after its separator), or 0 when there is none. */
    private static int labelEnd(String s) {
        int limit = Math.min(s.length(), MAX_LABEL);
        for (int i = 1; i < limit; i++) {
            char c = s.charAt(i);
            if (c == ':' || (c == '-' || c == '–' || c == '—') && s.charAt(i - 1) == ' ') {
                return i + 1;
            }
            if (!Character.isLetter(c) && !isLabelChar(c)) {
                return 0;
            }
        }
        return 0;
    }

    /** The non-letters a label may hold before its separator. */
    private static boolean isLabelChar(char c) {
        return switch (c) {
            case ' ', '/', '\'', '’', '.', '(', '*', '[', '~' -> true;
            default -> false;
        };
    }

    /** Removes "(A/N: ...)" asides from a paragraph's text, adding them to the notes. */
    private String takeInlineNotes(String text) {
        int at = indexOfAside(text, 0);
        if (at < 0) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int from = 0;
        while (at >= 0) {
            char close = text.charAt(at) == '(' ? ')' : ']';
            int end = text.indexOf(close, at);
            if (end < 0) {
                break;
            }
            String inner = text.substring(at + 1, end);
            notes.add(normalise(inner.substring(labelEnd(inner))).strip());
            out.append(text, from, at);
            from = end + 1;
            at = indexOfAside(text, from);
        }
        out.append(text, from, text.length());
        return SPACES.matcher(out.toString().strip()).replaceAll(" ");
    }

    private static int indexOfAside(String text, int from) {
        int a = indexOfIgnoreCase(text, "(a/n", from);
        int b = indexOfIgnoreCase(text, "[a/n", from);
        return a < 0 ? b : b < 0 ? a : Math.min(a, b);
    }

    private static int indexOfIgnoreCase(String text, String needle, int from) {
        for (int i = text.indexOf(needle.charAt(0), from); i >= 0; i = text.indexOf(needle.charAt(0),
                i + 1)) {
            if (text.regionMatches(true, i, needle, 0, needle.length())) {
                return i;
            }
        }
        return -1;
    }

    private static String unwrap(String s) {
        boolean round = s.startsWith("(") && s.endsWith(")");
        boolean square = s.startsWith("[") && s.endsWith("]");
        return round || square ? s.substring(1, s.length() - 1).strip() : s;
    }

    static String normalise(String s) {
        return WHITESPACE.matcher(s.strip()).replaceAll(" ");
    }

    /** The joined text of a unit's lines, its source spans, and where each line starts. */
    private record Joined(StringBuilder text, List<Span> spans, List<int[]> starts) {
        int lineOf(int offset) {
            int[] best = starts.getFirst();
            for (int[] s : starts) {
                if (s[0] <= offset) {
                    best = s;
                }
            }
            return best[1];
        }

        int columnOf(int offset) {
            int[] best = starts.getFirst();
            for (int[] s : starts) {
                if (s[0] <= offset) {
                    best = s;
                }
            }
            return offset - best[0] + best[2] + 1;
        }
    }

    private static Joined join(List<TextLine> lines, boolean verse) {
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        for (TextLine line : lines) {
            String t = line.text();
            int lead = BodyText.leadingWhitespace(t);
            String s = t.strip();
            if (!text.isEmpty()) {
                boolean hyphen = !verse && text.length() > 1 && text.charAt(text.length() - 1) == '-'
                        && Character.isLetter(text.charAt(text.length() - 2)) && !s.isEmpty()
                        && Character.isLowerCase(s.charAt(0));
                if (!hyphen) {
                    text.append(verse ? '\n' : ' ');
                }
            }
            int base = text.length();
            starts.add(new int[]{base, line.number(), lead});
            text.append(s);
            for (Span span : line.spans()) {
                int start = Math.clamp(span.start() - lead, 0, s.length());
                int end = Math.clamp(span.end() - lead, 0, s.length());
                if (end > start) {
                    spans.add(new Span(base + start, base + end, span.kind(), span.mark()));
                }
            }
        }
        return new Joined(text, spans, starts);
    }
}
