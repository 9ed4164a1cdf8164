package org.ficshelf.web;

import java.nio.charset.StandardCharsets;
import org.ficshelf.Work;
import org.ficshelf.doc.PlainText;
import org.ficshelf.export.Anchors;
import org.ficshelf.export.BodyHtml;

/** The download formats of a work, as bytes (a seam over the engine's exporters). */
final class Exports {
    private Exports() {
    }

    static byte[] txt(Work work) {
        StringBuilder out = new StringBuilder();
        out.append(Blurb.title(work.record())).append('\n');
        if (!work.record().authors().isEmpty()) {
            out.append("by ").append(String.join(", ", work.record().authors())).append('\n');
        }
        out.append('\n').append(PlainText.render(work.body()));
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] html(Work work) {
        StringBuilder out = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"/><title>");
        out.append(escape(Blurb.title(work.record()))).append("</title></head>\n<body>\n<h1>")
                .append(escape(Blurb.title(work.record()))).append("</h1>\n")
                .append(BodyHtml.document(work, Anchors.onePage(""))).append("</body></html>\n");
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static byte[] epub(Work work) {
        throw new HttpProblem(503, "Not available yet", "EPUB downloads are not available yet");
    }

    private static String escape(String s) {
        return s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
