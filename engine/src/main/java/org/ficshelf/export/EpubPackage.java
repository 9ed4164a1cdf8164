package org.ficshelf.export;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ficshelf.WorkRecord;

/** The package document ({@code content.opf}) of an exported EPUB: metadata, manifest, spine. */
final class EpubPackage {
    private EpubPackage() {
    }

    static String document(WorkRecord r, String lang, Instant modified, int chapters, boolean notes) {
        StringBuilder b = new StringBuilder();
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n")
                .append("<package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"uid\"")
                .append(" xml:lang=\"").append(lang).append("\">\n")
                .append("<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">\n");
        element(b, "dc:identifier id=\"uid\"", "dc:identifier", EpubWriter.identifier(r));
        element(b, "dc:title", "dc:title", FrontMatter.title(r));
        for (String author : FrontMatter.authors(r)) {
            element(b, "dc:creator", "dc:creator", author);
        }
        element(b, "dc:language", "dc:language", lang);
        for (String subject : subjects(r)) {
            element(b, "dc:subject", "dc:subject", subject);
        }
        String summary = r.summary() == null ? "" : Xml.clean(r.summary()).strip();
        if (!summary.isEmpty()) {
            element(b, "dc:description", "dc:description", summary);
        }
        element(b, "meta property=\"dcterms:modified\"", "meta",
                DateTimeFormatter.ISO_INSTANT.format(modified));
        b.append("</metadata>\n");
        manifest(b, chapters, notes);
        spine(b, chapters, notes);
        b.append("</package>\n");
        return b.toString();
    }

    /** Every tag of the record, once each: rating, warnings, categories, fandoms, relationships, characters, freeforms. */
    static Set<String> subjects(WorkRecord r) {
        Set<String> subjects = new LinkedHashSet<>();
        if (r.rating() != null) {
            subjects.add(r.rating());
        }
        for (List<String> list : List.of(r.warnings(), r.categories(), r.fandoms(), r.relationships(),
                r.characters(), r.tags())) {
            subjects.addAll(list);
        }
        Set<String> clean = new LinkedHashSet<>();
        for (String s : subjects) {
            String c = Xml.clean(s).strip();
            if (!c.isEmpty()) {
                clean.add(c);
            }
        }
        return clean;
    }

    private static void element(StringBuilder b, String open, String close, String text) {
        b.append('<').append(open).append('>');
        Xml.text(b, text);
        b.append("</").append(close).append(">\n");
    }

    private static void manifest(StringBuilder b, int chapters, boolean notes) {
        b.append("<manifest>\n")
                .append("<item id=\"nav\" href=\"nav.xhtml\" media-type=\"application/xhtml+xml\" properties=\"nav\"/>\n")
                .append("<item id=\"css\" href=\"style.css\" media-type=\"text/css\"/>\n");
        List<String> files = EpubWriter.spine(chapters, notes);
        for (int i = 0; i < files.size(); i++) {
            b.append("<item id=\"d").append(i).append("\" href=\"").append(files.get(i))
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
        }
        b.append("</manifest>\n");
    }

    private static void spine(StringBuilder b, int chapters, boolean notes) {
        b.append("<spine>\n");
        int n = EpubWriter.spine(chapters, notes).size();
        for (int i = 0; i < n; i++) {
            b.append("<itemref idref=\"d").append(i).append("\"/>\n");
        }
        b.append("</spine>\n");
    }
}
