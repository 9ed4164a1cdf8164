package org.ficshelf.export;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;

/**
 * Renders one paragraph's text and spans as well-formed inline XHTML. Overlapping spans are split
 * where they cross, so tags always nest; a footnote reference is a link holding its mark, never
 * split or wrapped around other markup. One sweep over the span boundaries.
 */
final class InlineHtml {
    private static final Comparator<Span> OUTER_FIRST = Comparator.comparingInt(Span::start)
            .thenComparing(Comparator.comparingInt(Span::end).reversed());

    private final StringBuilder out;
    private final NoteIndex notes;
    private final Anchors anchors;
    private final int chapter;
    private final boolean[] referenced;

    /** {@code referenced[n]} is set once footnote n's first reference has been given its id. */
    InlineHtml(StringBuilder out, NoteIndex notes, Anchors anchors, int chapter, boolean[] referenced) {
        this.out = out;
        this.notes = notes;
        this.anchors = anchors;
        this.chapter = chapter;
        this.referenced = referenced;
    }

    /** Appends the paragraph's inline content (no enclosing {@code <p>}). */
    void paragraph(Paragraph p) {
        List<Span> styles = new ArrayList<>();
        for (Span s : p.spans()) {
            if (s.end() > s.start() && s.kind() != SpanKind.FOOTNOTE_REF) {
                styles.add(s);
            }
        }
        styles.sort(OUTER_FIRST);
        sweep(p.text(), styles, references(p));
    }

    /** The footnote references of a paragraph that are rendered: non-empty, not inside an earlier one. */
    static List<Span> references(Paragraph p) {
        List<Span> refs = new ArrayList<>();
        for (Span s : p.spans()) {
            if (s.end() > s.start() && s.kind() == SpanKind.FOOTNOTE_REF) {
                refs.add(s);
            }
        }
        if (refs.isEmpty()) {
            return refs;
        }
        refs.sort(OUTER_FIRST);
        List<Span> kept = new ArrayList<>(refs.size());
        int end = 0;
        for (Span r : refs) {
            if (r.start() >= end) {
                kept.add(r);
                end = r.end();
            }
        }
        return kept;
    }

    private void sweep(String text, List<Span> styles, List<Span> refs) {
        int[] bounds = boundaries(text.length(), styles, refs);
        List<Span> active = new ArrayList<>();
        List<Span> open = new ArrayList<>();
        int nextStyle = 0;
        int nextRef = 0;
        for (int b = 0; b + 1 < bounds.length; b++) {
            int pos = bounds[b];
            active.removeIf(s -> s.end() <= pos);
            for (; nextStyle < styles.size() && styles.get(nextStyle).start() <= pos; nextStyle++) {
                if (styles.get(nextStyle).end() > pos) {
                    active.add(styles.get(nextStyle));
                }
            }
            reconcile(open, active);
            if (nextRef < refs.size() && refs.get(nextRef).start() == pos) {
                reference(text, refs.get(nextRef++));
            } else {
                segment(text, pos, bounds[b + 1]);
            }
        }
        reconcile(open, List.of());
    }

    /**
     * The sorted, distinct positions where markup changes (0 and the end included), leaving out
     * those strictly inside a footnote reference, which is rendered whole.
     */
    private static int[] boundaries(int length, List<Span> styles, List<Span> refs) {
        int[] all = new int[2 + 2 * styles.size() + 2 * refs.size()];
        int n = 0;
        all[n++] = 0;
        all[n++] = length;
        for (Span s : styles) {
            all[n++] = s.start();
            all[n++] = s.end();
        }
        for (Span s : refs) {
            all[n++] = s.start();
            all[n++] = s.end();
        }
        Arrays.sort(all);
        int kept = 0;
        int ref = 0;
        for (int i = 0; i < all.length; i++) {
            int p = all[i];
            while (ref < refs.size() && refs.get(ref).end() <= p) {
                ref++;
            }
            boolean inside = ref < refs.size() && refs.get(ref).start() < p && p < refs.get(ref).end();
            if (!inside && (kept == 0 || all[kept - 1] != p)) {
                all[kept++] = p;
            }
        }
        return Arrays.copyOf(all, kept);
    }

    /** Closes and opens tags so that the open ones are exactly {@code active}, outermost first. */
    private void reconcile(List<Span> open, List<Span> active) {
        int common = 0;
        while (common < open.size() && common < active.size() && open.get(common) == active.get(common)) {
            common++;
        }
        for (int i = open.size() - 1; i >= common; i--) {
            out.append("</").append(tag(open.remove(i).kind())).append('>');
        }
        for (int i = common; i < active.size(); i++) {
            Span s = active.get(i);
            out.append('<').append(tag(s.kind())).append(" class=\"").append(cssClass(s.kind()))
                    .append("\">");
            open.add(s);
        }
    }

    /** Appends {@code text[from, to)} escaped, its line breaks as {@code <br/>}. */
    void segment(String text, int from, int to) {
        int start = from;
        for (int i = from; i < to; i++) {
            if (text.charAt(i) == '\n') {
                Xml.text(out, text.substring(start, i));
                out.append("<br/>");
                start = i + 1;
            }
        }
        Xml.text(out, text.substring(start, to));
    }

    private void reference(String text, Span ref) {
        int n = notes.number(ref);
        if (n == 0) {
            segment(text, ref.start(), ref.end());
            return;
        }
        out.append("<sup class=\"footnote-ref\"><a href=\"");
        Xml.attr(out, anchors.noteHref(n));
        out.append('"');
        if (!referenced[n] && notes.firstChapter(n) == chapter) {
            referenced[n] = true;
            out.append(" id=\"");
            Xml.attr(out, anchors.refId(n));
            out.append('"');
        }
        out.append(" role=\"doc-noteref\">");
        out.append(notes.label(n)).append("</a></sup>");
    }

    /** The element a span kind is rendered as. */
    static String tag(SpanKind kind) {
        return switch (kind) {
            case THOUGHT -> "i";
            case EMPHASIS -> "em";
            case STRONG -> "strong";
            case UNDERLINE -> "u";
            case FOOTNOTE_REF -> "sup";
        };
    }

    /** The class a span kind's element carries, so that styles can tell the kinds apart. */
    static String cssClass(SpanKind kind) {
        return switch (kind) {
            case THOUGHT -> "thought";
            case EMPHASIS -> "emphasis";
            case STRONG -> "strong";
            case UNDERLINE -> "underline";
            case FOOTNOTE_REF -> "footnote-ref";
        };
    }
}
