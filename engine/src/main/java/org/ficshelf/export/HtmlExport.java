package org.ficshelf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.ficshelf.Work;
import org.ficshelf.WorkRecord;

/**
 * A work as one standalone UTF-8 HTML5 file: inline style sheet, title, by-line, metadata block,
 * summary, notes, a table of contents (for more than one chapter), every chapter and the
 * footnotes, linked both ways. No scripts, no external resources. The markup is also well-formed
 * XML.
 */
public final class HtmlExport {
    private HtmlExport() {
    }

    /** The HTML file of {@code work}. */
    public static String render(Work work) {
        WorkRecord r = work.record();
        String lang = FrontMatter.languageTag(r);
        Anchors anchors = Anchors.onePage("");
        StringBuilder b = new StringBuilder();
        b.append("<!DOCTYPE html>\n<html lang=\"").append(lang)
                .append("\">\n<head>\n<meta charset=\"utf-8\"/>\n")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"/>\n<title>");
        Xml.text(b, FrontMatter.title(r));
        b.append("</title>\n<style>\n").append(Resources.css())
                .append("</style>\n</head>\n<body>\n<header>\n");
        FrontMatter.append(b, r);
        b.append("</header>\n");
        toc(b, work, anchors);
        b.append("<main>\n").append(BodyHtml.document(work, anchors)).append("</main>\n</body>\n</html>\n");
        return b.toString();
    }

    /** Writes the HTML file of {@code work} to {@code out} as UTF-8; {@code out} is not closed. */
    public static void write(Work work, OutputStream out) throws IOException {
        out.write(render(work).getBytes(StandardCharsets.UTF_8));
        out.flush();
    }

    private static void toc(StringBuilder b, Work work, Anchors anchors) {
        int chapters = work.body().chapters().size();
        if (chapters < 2) {
            return;
        }
        b.append("<nav class=\"toc\" aria-label=\"Contents\">\n<h2>Contents</h2>\n<ol>\n");
        for (int i = 0; i < chapters; i++) {
            b.append("<li><a href=\"").append(anchors.chapterHref(i)).append("\">");
            String heading = BodyHtml.chapterHeading(work, i);
            Xml.text(b, heading == null ? "Chapter " + (i + 1) : heading);
            b.append("</a></li>\n");
        }
        if (!work.record().footnotes().isEmpty()) {
            b.append("<li><a href=\"#").append(anchors.notesId()).append("\">Footnotes</a></li>\n");
        }
        b.append("</ol>\n</nav>\n");
    }
}
