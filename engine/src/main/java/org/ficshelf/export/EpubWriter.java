package org.ficshelf.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ficshelf.Work;
import org.ficshelf.WorkRecord;

/**
 * Writes a work as an EPUB 3.3 publication, by hand over {@code java.util.zip}: the mimetype
 * first and stored, the container, a package document with Dublin Core metadata (tags as
 * subjects), a navigation document, a title page with the metadata block, one XHTML document per
 * chapter, the footnotes in a document of their own, and a style sheet. Documents are written one
 * at a time, so memory stays within a small multiple of the largest chapter beside the work.
 */
public final class EpubWriter {
    static final String CHAPTER_FILE = "chapter-%03d.xhtml";
    static final String NOTES_FILE = "notes.xhtml";
    static final String TITLE_FILE = "title.xhtml";

    private final Work work;
    private final WorkRecord record;
    private final String lang;
    private final Instant modified;
    private final BodyHtml body;

    private EpubWriter(Work work, Instant modified) {
        this.work = work;
        this.record = work.record();
        this.lang = FrontMatter.languageTag(record);
        this.modified = modified.truncatedTo(ChronoUnit.SECONDS);
        this.body = new BodyHtml(work, Anchors.split("", EpubWriter::chapterFile, NOTES_FILE));
    }

    /** Writes the EPUB of {@code work} to {@code out}, stamped as modified now; {@code out} is not closed. */
    public static void write(Work work, OutputStream out) throws IOException {
        write(work, out, Instant.now());
    }

    /** Writes the EPUB of {@code work} to {@code out}, stamped as modified at {@code modified}. */
    public static void write(Work work, OutputStream out, Instant modified) throws IOException {
        new EpubWriter(work, modified).write(out);
    }

    /** The stable identifier of a work's EPUB: a name-based UUID of its source's SHA-256. */
    public static String identifier(WorkRecord record) {
        byte[] name = ("ficshelf:sha256:" + record.source().sha256()).getBytes(StandardCharsets.UTF_8);
        return "urn:uuid:" + UUID.nameUUIDFromBytes(name);
    }

    static String chapterFile(int index) {
        return String.format(Locale.ROOT, CHAPTER_FILE, index + 1);
    }

    private int chapters() {
        return work.body().chapters().size();
    }

    private boolean hasNotes() {
        return !record.footnotes().isEmpty();
    }

    private void write(OutputStream out) throws IOException {
        ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
        storedMimetype(zip);
        zip.setMethod(ZipOutputStream.DEFLATED);
        entry(zip, "META-INF/container.xml", container());
        entry(zip, "OEBPS/content.opf", EpubPackage.document(record, lang, modified, chapters(), hasNotes()));
        entry(zip, "OEBPS/nav.xhtml", nav());
        entry(zip, "OEBPS/style.css", Resources.css());
        entry(zip, "OEBPS/" + TITLE_FILE, titlePage());
        for (int i = 0; i < chapters(); i++) {
            entry(zip, "OEBPS/" + chapterFile(i), chapter(i));
        }
        if (hasNotes()) {
            StringBuilder notes = new StringBuilder();
            body.appendFootnotes(notes);
            entry(zip, "OEBPS/" + NOTES_FILE, xhtml("Footnotes", notes));
        }
        zip.finish();
        zip.flush();
    }

    private static void storedMimetype(ZipOutputStream zip) throws IOException {
        byte[] bytes = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(bytes.length);
        entry.setCompressedSize(bytes.length);
        CRC32 crc = new CRC32();
        crc.update(bytes);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(bytes);
        zip.closeEntry();
    }

    private static void entry(ZipOutputStream zip, String name, CharSequence content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.toString().getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static String container() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                  <rootfiles>
                    <rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                  </rootfiles>
                </container>
                """;
    }

    private String titlePage() {
        StringBuilder b = new StringBuilder();
        b.append("<section class=\"title-page\">\n");
        FrontMatter.append(b, record);
        b.append("</section>\n");
        return xhtml(FrontMatter.title(record), b);
    }

    private String chapter(int index) {
        StringBuilder b = new StringBuilder();
        body.appendChapter(b, index);
        return xhtml(navLabel(index), b);
    }

    /** The table-of-contents label of a chapter: its heading, or the work's title. */
    private String navLabel(int index) {
        String heading = BodyHtml.chapterHeading(work, index);
        String label = heading == null ? "" : Xml.clean(heading).strip();
        return label.isEmpty() ? FrontMatter.title(record) : label;
    }

    private String nav() {
        StringBuilder b = new StringBuilder();
        b.append("<nav epub:type=\"toc\" id=\"toc\" class=\"toc\">\n<h1>Contents</h1>\n<ol>\n");
        navItem(b, TITLE_FILE, "Title Page");
        for (int i = 0; i < chapters(); i++) {
            navItem(b, chapterFile(i), navLabel(i));
        }
        if (hasNotes()) {
            navItem(b, NOTES_FILE, "Footnotes");
        }
        b.append(
                "</ol>\n</nav>\n<nav epub:type=\"landmarks\" id=\"landmarks\" hidden=\"hidden\">\n<h2>Landmarks</h2>\n<ol>\n");
        b.append("<li><a epub:type=\"titlepage\" href=\"").append(TITLE_FILE)
                .append("\">Title Page</a></li>\n");
        if (chapters() > 0) {
            b.append("<li><a epub:type=\"bodymatter\" href=\"").append(chapterFile(0))
                    .append("\">Start of Content</a></li>\n");
        }
        b.append("</ol>\n</nav>\n");
        return xhtml("Contents", b);
    }

    private static void navItem(StringBuilder b, String href, String label) {
        b.append("<li><a href=\"").append(href).append("\">");
        Xml.text(b, label);
        b.append("</a></li>\n");
    }

    /** A complete XHTML content document around {@code body}. */
    private String xhtml(String title, CharSequence content) {
        StringBuilder b = new StringBuilder(content.length() + 512);
        b.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n")
                .append("<html xmlns=\"http://www.w3.org/1999/xhtml\" xmlns:epub=\"http://www.idpf.org/2007/ops\"")
                .append(" xml:lang=\"").append(lang).append("\" lang=\"").append(lang)
                .append("\">\n<head>\n<title>");
        Xml.text(b, title);
        b.append(
                "</title>\n<link rel=\"stylesheet\" type=\"text/css\" href=\"style.css\"/>\n</head>\n<body>\n")
                .append(content).append("</body>\n</html>\n");
        return b.toString();
    }

    /** The file names of the spine, in reading order (for tests). */
    static List<String> spine(int chapters, boolean notes) {
        List<String> files = new ArrayList<>();
        files.add(TITLE_FILE);
        for (int i = 0; i < chapters; i++) {
            files.add(chapterFile(i));
        }
        if (notes) {
            files.add(NOTES_FILE);
        }
        return files;
    }
}
