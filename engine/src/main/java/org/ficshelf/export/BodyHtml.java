package org.ficshelf.export;

import java.util.List;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.jspecify.annotations.Nullable;

/**
 * A work's story text as a well-formed XHTML fragment (also valid HTML5), for the web reader,
 * the HTML download and the EPUB chapters.
 *
 * <p>Markup: a chapter is a {@code <section class="chapter">} headed by an {@code <h2>} (an
 * untitled chapter of a one-chapter work has no heading, one of several is headed "Chapter N");
 * a paragraph is a {@code <p>}, a verse line break a {@code <br/>}; spans are {@code <i
 * class="thought">}, {@code <em class="emphasis">}, {@code <strong class="strong">} and {@code <u
 * class="underline">}; a scene break is {@code <hr class="scene-break"/>}; a footnote reference
 * is {@code <sup class="footnote-ref"><a href="#fn-N" id="fnref-N" role="doc-noteref">mark</a></sup>}
 * and the footnotes a {@code <section class="footnotes" role="doc-endnotes">} whose entries link
 * back with {@code role="doc-backlink"}. Ids and hrefs follow the caller's {@link Anchors}. Every
 * text value is escaped; nothing is passed through as markup.
 */
public final class BodyHtml {
    private final Work work;
    private final Anchors anchors;
    private final NoteIndex notes;
    private final boolean[] referenced;

    BodyHtml(Work work, Anchors anchors) {
        this.work = work;
        this.anchors = anchors;
        this.notes = new NoteIndex(work.record().footnotes(), work.body());
        this.referenced = new boolean[work.record().footnotes().size() + 1];
    }

    /** Chapter {@code index} (0-based) as a section. */
    public static String chapter(Work work, int index, Anchors anchors) {
        StringBuilder out = new StringBuilder();
        new BodyHtml(work, anchors).appendChapter(out, index);
        return out.toString();
    }

    /** Every chapter in order, then the footnotes (when the work has any). */
    public static String document(Work work, Anchors anchors) {
        StringBuilder out = new StringBuilder();
        BodyHtml body = new BodyHtml(work, anchors);
        for (int i = 0; i < work.body().chapters().size(); i++) {
            body.appendChapter(out, i);
        }
        body.appendFootnotes(out);
        return out.toString();
    }

    /** The footnotes as a section, each linking back to its first reference; empty when none. */
    public static String footnotes(Work work, Anchors anchors) {
        StringBuilder out = new StringBuilder();
        new BodyHtml(work, anchors).appendFootnotes(out);
        return out.toString();
    }

    /**
     * The heading chapter {@code index} is shown under: its title, "Chapter N" for an untitled
     * chapter of several, null for the single untitled chapter of a one-chapter work.
     */
    public static @Nullable String chapterHeading(Work work, int index) {
        List<Chapter> chapters = work.body().chapters();
        String title = chapters.get(index).title();
        if (title != null && !title.isBlank()) {
            return title.strip();
        }
        return chapters.size() > 1 ? "Chapter " + (index + 1) : null;
    }

    void appendChapter(StringBuilder out, int index) {
        Chapter chapter = work.body().chapters().get(index);
        out.append("<section class=\"chapter\" id=\"").append(anchors.chapterId(index)).append("\">\n");
        String heading = chapterHeading(work, index);
        if (heading != null) {
            out.append("<h2 class=\"chapter-title\">");
            Xml.text(out, heading);
            out.append("</h2>\n");
        }
        InlineHtml inline = new InlineHtml(out, notes, anchors, index, referenced);
        for (Block block : chapter.blocks()) {
            switch (block) {
                case Paragraph p -> {
                    out.append("<p>");
                    inline.paragraph(p);
                    out.append("</p>\n");
                }
                case SceneBreak b -> out.append("<hr class=\"scene-break\"/>\n");
            }
        }
        out.append("</section>\n");
    }

    void appendFootnotes(StringBuilder out) {
        List<Footnote> list = notes.notes();
        if (list.isEmpty()) {
            return;
        }
        out.append("<section class=\"footnotes\" id=\"").append(anchors.notesId())
                .append("\" role=\"doc-endnotes\">\n<h2>Footnotes</h2>\n<ol class=\"footnotes\">\n");
        InlineHtml inline = new InlineHtml(out, notes, anchors, -1, referenced);
        for (int n = 1; n <= list.size(); n++) {
            out.append("<li id=\"").append(anchors.noteId(n)).append("\"><span class=\"footnote-mark\">")
                    .append(notes.label(n)).append("</span> ");
            String text = list.get(n - 1).text();
            inline.segment(text, 0, text.length());
            int chapter = notes.firstChapter(n);
            if (chapter >= 0) {
                out.append(" <a href=\"");
                Xml.attr(out, anchors.refHref(n, chapter));
                out.append("\" role=\"doc-backlink\" aria-label=\"");
                Xml.attr(out, "Back to reference " + list.get(n - 1).mark().strip());
                out.append("\">\u21A9\uFE0E</a>");
            }
            out.append("</li>\n");
        }
        out.append("</ol>\n</section>\n");
    }
}
