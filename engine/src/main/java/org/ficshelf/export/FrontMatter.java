package org.ficshelf.export;

import java.util.List;
import java.util.Locale;
import org.ficshelf.WorkRecord;

/**
 * The front of a work in XHTML, shared by the EPUB title page and the HTML download: title,
 * by-line, the metadata block as a {@code <dl>} (inferred values marked, with confidence and
 * evidence in a tooltip), the summary and the author's notes.
 */
final class FrontMatter {
    private static final int EVIDENCE_SHOWN = 3;
    private static final int EVIDENCE_CHARS = 200;

    private FrontMatter() {
    }

    /** The title to show: the record's, or "Untitled". */
    static String title(WorkRecord r) {
        String title = r.title() == null ? "" : Xml.clean(r.title()).strip();
        return title.isEmpty() ? "Untitled" : title;
    }

    /** The authors to show: the record's, or "Anonymous". */
    static String byline(WorkRecord r) {
        List<String> names = authors(r);
        return names.isEmpty() ? "Anonymous" : String.join(", ", names);
    }

    /** The record's author names, cleaned, blanks left out. */
    static List<String> authors(WorkRecord r) {
        return r.authors().stream().map(a -> Xml.clean(a).strip()).filter(a -> !a.isEmpty()).toList();
    }

    static void append(StringBuilder out, WorkRecord r) {
        out.append("<h1 class=\"work-title\">");
        Xml.text(out, title(r));
        out.append("</h1>\n<p class=\"byline\">by ");
        Xml.text(out, byline(r));
        out.append("</p>\n");
        MetadataBlock block = MetadataBlock.of(r);
        definitionList(out, block);
        longText(out, block.entry("summary"), "summary");
        longText(out, block.entry("notes"), "notes");
    }

    static void definitionList(StringBuilder out, MetadataBlock block) {
        out.append("<dl class=\"work-meta\">\n");
        for (MetadataBlock.Entry e : block.tagsAndStats()) {
            out.append("<dt class=\"").append(e.key()).append("\">");
            Xml.text(out, e.label());
            out.append(":</dt>\n<dd class=\"").append(e.key()).append(e.inferred() ? " inferred\"" : "\"");
            if (e.inferred()) {
                out.append(" title=\"");
                Xml.attr(out, provenance(e));
                out.append('"');
            }
            out.append('>');
            Xml.text(out, String.join(", ", e.values()));
            if (e.inferred()) {
                out.append(" <span class=\"inferred-mark\">(inferred)</span>");
            }
            out.append("</dd>\n");
        }
        out.append("</dl>\n");
    }

    /** "inferred, 66% sure: evidence; evidence". */
    static String provenance(MetadataBlock.Entry e) {
        StringBuilder b = new StringBuilder(e.source().from().json()).append(", ")
                .append(Math.round(e.source().confidence() * 100)).append("% sure");
        List<String> evidence = e.source().evidence();
        for (int i = 0; i < Math.min(EVIDENCE_SHOWN, evidence.size()); i++) {
            String item = evidence.get(i);
            b.append(i == 0 ? ": " : "; ").append(item.length() > EVIDENCE_CHARS
                    ? item.substring(0, EVIDENCE_CHARS) + "\u2026"
                    : item);
        }
        return b.toString();
    }

    private static void longText(StringBuilder out, MetadataBlock.@org.jspecify.annotations.Nullable Entry e,
            String cssClass) {
        if (e == null) {
            return;
        }
        out.append("<section class=\"").append(cssClass).append("\">\n<h2>");
        Xml.text(out, e.label());
        out.append("</h2>\n");
        for (String value : e.values()) {
            for (String para : value.split("\n\\s*\n")) {
                out.append("<p>");
                lines(out, para.strip());
                out.append("</p>\n");
            }
        }
        out.append("</section>\n");
    }

    private static void lines(StringBuilder out, String text) {
        String[] lines = text.split("\n");
        for (int i = 0; i < lines.length; i++) {
            if (i > 0) {
                out.append("<br/>");
            }
            Xml.text(out, lines[i]);
        }
    }

    /** A language tag for {@code xml:lang}, {@code lang} and {@code dc:language}: "und" when unknown. */
    static String languageTag(WorkRecord r) {
        String lang = r.language();
        if (lang == null || !lang.matches("[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*")) {
            return "und";
        }
        return lang.toLowerCase(Locale.ROOT);
    }
}
