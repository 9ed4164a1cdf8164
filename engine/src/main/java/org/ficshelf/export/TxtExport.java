package org.ficshelf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;

/**
 * A work as clean UTF-8 plain text with LF line endings: title, by-line, the metadata block as
 * {@code Key: value} lines, summary and notes, then each chapter under its heading, paragraphs
 * unwrapped and separated by a blank line, scene breaks as a centred {@code * * *}, footnotes at
 * the end as {@code [1] text}.
 *
 * <p>Inline markup is written in the plain-text conventions fan fiction has long used: a thought
 * as {@code /thought/}, emphasis as {@code *word*}, strong emphasis as {@code **word**},
 * underline as {@code _word_}; a footnote reference as {@code [mark]}.
 */
public final class TxtExport {
    private static final int WIDTH = 72;
    private static final String SCENE_BREAK = " ".repeat((WIDTH - 5) / 2) + "* * *";

    private TxtExport() {
    }

    /** The text file of {@code work}. */
    public static String render(Work work) {
        WorkRecord r = work.record();
        StringBuilder b = new StringBuilder();
        b.append(FrontMatter.title(r)).append("\nby ").append(FrontMatter.byline(r)).append("\n\n");
        MetadataBlock block = MetadataBlock.of(r);
        for (MetadataBlock.Entry e : block.tagsAndStats()) {
            b.append(e.label()).append(": ").append(String.join(", ", e.values()))
                    .append(e.inferred() ? " (inferred)" : "").append('\n');
        }
        longText(b, block.entry("summary"));
        longText(b, block.entry("notes"));
        List<Chapter> chapters = work.body().chapters();
        for (int i = 0; i < chapters.size(); i++) {
            chapter(b, work, i);
        }
        footnotes(b, r.footnotes());
        return Xml.clean(b.toString());
    }

    /** Writes the text file of {@code work} to {@code out} as UTF-8; {@code out} is not closed. */
    public static void write(Work work, OutputStream out) throws IOException {
        out.write(render(work).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void longText(StringBuilder b, MetadataBlock.@org.jspecify.annotations.Nullable Entry e) {
        if (e != null) {
            b.append('\n').append(e.label()).append(":\n");
            for (int i = 0; i < e.values().size(); i++) {
                b.append(i > 0 ? "\n" : "").append(e.values().get(i).strip()).append('\n');
            }
        }
    }

    private static void chapter(StringBuilder b, Work work, int index) {
        String heading = BodyHtml.chapterHeading(work, index);
        b.append("\n\n");
        if (heading != null) {
            b.append(heading).append("\n\n");
        }
        boolean first = true;
        for (Block block : work.body().chapters().get(index).blocks()) {
            if (!first) {
                b.append('\n');
            }
            first = false;
            switch (block) {
                case Paragraph p -> paragraph(b, p);
                case SceneBreak s -> b.append(SCENE_BREAK);
            }
            b.append('\n');
        }
    }

    /** Something written into a paragraph's text: a delimiter, or a footnote reference replacing its span. */
    private record Insert(int at, int group, int order, String text, int skipTo) {
        static final Comparator<Insert> ORDER = Comparator.comparingInt(Insert::at)
                .thenComparingInt(Insert::group)
                .thenComparingInt(Insert::order);
    }

    /** Appends the paragraph with its spans as plain-text delimiters, closing ones before opening ones. */
    static void paragraph(StringBuilder b, Paragraph p) {
        List<Insert> inserts = new ArrayList<>();
        for (Span s : p.spans()) {
            if (s.end() > s.start() && s.kind() != SpanKind.FOOTNOTE_REF) {
                String d = delimiter(s.kind());
                inserts.add(new Insert(s.end(), 0, -s.start(), d, 0));
                inserts.add(new Insert(s.start(), 2, -s.end(), d, 0));
            }
        }
        String text = p.text();
        for (Span ref : InlineHtml.references(p)) {
            String mark = ref.mark() == null || ref.mark().isBlank()
                    ? text.substring(ref.start(), ref.end())
                    : ref.mark().strip();
            inserts.add(new Insert(ref.start(), 1, 0, "[" + mark + "]", ref.end()));
        }
        inserts.sort(Insert.ORDER);
        int pos = 0;
        for (Insert in : inserts) {
            if (in.at() > pos) {
                b.append(text, pos, in.at());
                pos = in.at();
            }
            b.append(in.text());
            pos = Math.max(pos, in.skipTo());
        }
        b.append(text, pos, text.length());
    }

    private static String delimiter(SpanKind kind) {
        return switch (kind) {
            case THOUGHT -> "/";
            case EMPHASIS -> "*";
            case STRONG -> "**";
            case UNDERLINE -> "_";
            case FOOTNOTE_REF -> "";
        };
    }

    private static void footnotes(StringBuilder b, List<Footnote> notes) {
        if (notes.isEmpty()) {
            return;
        }
        b.append("\n\nFootnotes\n\n");
        for (Footnote n : notes) {
            b.append('[').append(n.mark().strip()).append("] ").append(n.text().strip()).append('\n');
        }
    }
}
