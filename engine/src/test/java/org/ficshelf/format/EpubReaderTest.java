package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.format.FormatsTestSupport.joined;
import static org.ficshelf.format.FormatsTestSupport.texts;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.junit.jupiter.api.Test;

class EpubReaderTest {

    private static final String CONTAINER = """
            <?xml version="1.0"?>
            <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
              <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/></rootfiles>
            </container>""";

    /** Zips entries as an EPUB: stored mimetype first, the rest deflated. */
    static byte[] zip(Map<String, String> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            for (Map.Entry<String, String> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue().getBytes(StandardCharsets.UTF_8));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static String opf(String metadata, String... pages) {
        StringBuilder manifest = new StringBuilder();
        StringBuilder spine = new StringBuilder();
        for (int i = 0; i < pages.length; i++) {
            manifest.append("<item id=\"p").append(i).append("\" href=\"").append(pages[i])
                    .append("\" media-type=\"application/xhtml+xml\"/>\n");
            spine.append("<itemref idref=\"p").append(i).append("\"/>\n");
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="2.0">
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/">
                %META%
                </metadata>
                <manifest>%MANIFEST%</manifest>
                <spine>%SPINE%</spine>
                </package>""".replace("%META%", metadata).replace("%MANIFEST%", manifest.toString())
                .replace("%SPINE%", spine.toString());
    }

    private static String page(String body) {
        return "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\"><head><title>t</title></head><body>\n"
                + body + "\n</body></html>";
    }

    private static SourceDocument fanFicFare() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("META-INF/container.xml", CONTAINER);
        e.put("OEBPS/content.opf", opf("""
                <dc:title>Harbour Lights</dc:title>
                <dc:creator>Tamsin Reed</dc:creator>
                <dc:description>&lt;p&gt;Two keepers, one lamp.&lt;/p&gt;</dc:description>
                <dc:subject>Romance</dc:subject><dc:subject>Angst</dc:subject>
                <dc:language>en</dc:language>""", "title_page.xhtml", "toc_page.xhtml", "file0001.xhtml",
                "file0002.xhtml", "log_page.xhtml"));
        e.put("OEBPS/title_page.xhtml", page("""
                <h3><a href="#">Harbour Lights</a> by <a class="authorlink" href="#">Tamsin Reed</a></h3>
                <div>
                <b>Category:</b> Doctor Who<br />
                <b>Genre:</b> Romance, Angst<br />
                <b>Characters:</b> Rose Tyler, Martha Jones<br />
                <b>Relationships:</b> Rose Tyler/Martha Jones<br />
                <b>Status:</b> In-Progress<br />
                <b>Chapters:</b> 2<br />
                <b>Words:</b> 3,456<br />
                <b>Rating:</b> T<br />
                <b>Warnings:</b> None<br />
                <b>Summary:</b> Two keepers, one lamp, and a storm that will not lift.<br />
                </div>"""));
        e.put("OEBPS/toc_page.xhtml",
                page("<div><a href=\"file0001.xhtml\">One</a><br/><a href=\"file0002.xhtml\">Two</a></div>"));
        e.put("OEBPS/file0001.xhtml",
                page("<h2>Chapter 1: The Lamp</h2>\n<p>The lamp had <i>never</i> gone out.</p>"));
        e.put("OEBPS/file0002.xhtml", page("<h2>Chapter 2: The Storm</h2>\n<p>Then the storm came.</p>"));
        e.put("OEBPS/log_page.xhtml", page("<p><b>Updated:</b> 2015-02-02</p>"));
        return Formats.read(zip(e), "harbour.epub");
    }

    @Test
    void readsFanFicFareTitlePageAsMetadata() {
        SourceDocument doc = fanFicFare();
        assertThat(doc.format()).isEqualTo("epub");
        assertThat(doc.metadata()).containsEntry("title", "Harbour Lights")
                .containsEntry("author", "Tamsin Reed")
                .containsEntry("fandom", "Doctor Who").containsEntry("genre", "Romance, Angst")
                .containsEntry("characters", "Rose Tyler, Martha Jones")
                .containsEntry("pairings", "Rose Tyler/Martha Jones").containsEntry("status", "In-Progress")
                .containsEntry("chapters", "2").containsEntry("words", "3456").containsEntry("rating", "T")
                .containsEntry("warnings", "None")
                .containsEntry("summary", "Two keepers, one lamp, and a storm that will not lift.")
                .containsEntry("tags", "Romance, Angst").containsEntry("language", "en");
    }

    @Test
    void givesEachChapterFileInSpineOrderWithItsHeading() {
        SourceDocument doc = fanFicFare();
        assertThat(texts(doc)).containsExactly("Chapter 1: The Lamp", "", "The lamp had never gone out.", "",
                "Chapter 2: The Storm", "", "Then the storm came.");
        assertThat(doc.lines().get(2).spans()).hasSize(1);
        assertThat(joined(doc)).doesNotContain("Category", "Updated");
    }

    @Test
    void readsAnAo3EpubPrefaceAndChapters() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("META-INF/container.xml", CONTAINER);
        e.put("OEBPS/content.opf", opf("<dc:title>Salt Roads</dc:title><dc:creator>quillfeather</dc:creator>"
                + "<dc:publisher>Archive of Our Own</dc:publisher>", "preface.xhtml", "split_000.xhtml",
                "afterword.xhtml"));
        e.put("OEBPS/preface.xhtml", page("""
                <div id="preface"><p class="message">Posted originally on the Archive of Our Own.</p>
                <div class="meta"><dl class="tags">
                <dt>Rating:</dt><dd><a>Mature</a></dd>
                <dt>Fandom:</dt><dd><a>Sherlock (TV)</a></dd>
                <dt>Relationship:</dt><dd><a>John Watson/Sherlock Holmes</a></dd>
                <dt>Stats:</dt><dd>Published: 2012-01-05 Words: 1,020 Chapters: 1/1</dd>
                </dl><h1>Salt Roads</h1><div class="byline">by <a rel="author">quillfeather</a></div>
                <p>Summary</p><blockquote class="userstuff"><p>Baker Street in the snow.</p></blockquote>
                </div></div>"""));
        e.put("OEBPS/split_000.xhtml", page("""
                <div class="meta group"><h2 class="toc-heading">Chapter 1: Snow</h2></div>
                <div class="userstuff"><p>It snowed on Baker Street.</p></div>"""));
        e.put("OEBPS/afterword.xhtml", page("""
                <div id="afterword"><div id="endnotes"><p>End Notes</p>
                <blockquote class="userstuff"><p>Thank you for reading.</p></blockquote></div></div>"""));
        SourceDocument doc = Formats.read(zip(e), "salt.epub");
        assertThat(doc.metadata()).containsEntry("rating", "Mature").containsEntry("fandom", "Sherlock (TV)")
                .containsEntry("pairings", "John Watson/Sherlock Holmes").containsEntry("status", "Completed")
                .containsEntry("summary", "Baker Street in the snow.").containsEntry("title", "Salt Roads");
        assertThat(texts(doc)).containsExactly("Chapter 1: Snow", "", "It snowed on Baker Street.");
        assertThat(doc.metadataNotes()).containsExactly("Thank you for reading.");
    }

    @Test
    void readsAnAo3PrefacePageWithoutItsCreditByTheArchiveLink() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("META-INF/container.xml", CONTAINER);
        e.put("OEBPS/content.opf", opf("<dc:title>Low Tide</dc:title><dc:subject>Fanworks</dc:subject>"
                + "<dc:subject>Mature</dc:subject>", "front.xhtml", "one.xhtml"));
        e.put("OEBPS/front.xhtml",
                page("""
                        <div class="meta"><h1>Low Tide</h1>
                        <div class="byline">by <a rel="author" href="https://archiveofourown.org/users/kelpie">kelpie</a></div>
                        <dl class="tags">
                        <dt>Rating:</dt><dd>Mature</dd>
                        <dt>Archive Warning:</dt><dd>No Archive Warnings Apply</dd>
                        <dt>Relationship:</dt><dd>Anne &amp; Diana</dd>
                        <dt>Additional Tags:</dt><dd>Beach, Friendship</dd>
                        <dt>Stats:</dt><dd>Published: 2020-07-01 Chapters: 1/3 Words: 900</dd>
                        </dl></div>"""));
        e.put("OEBPS/one.xhtml",
                page("<h2 class=\"heading\">Chapter 1</h2><div class=\"userstuff\"><p>Sand.</p></div>"));
        SourceDocument doc = Formats.read(zip(e), "tide.epub");
        assertThat(doc.metadata()).containsEntry("rating", "Mature")
                .containsEntry("warnings", "No Archive Warnings Apply")
                .containsEntry("pairings", "Anne & Diana")
                .containsEntry("chapters", "1/3").containsEntry("status", "In-Progress")
                .containsEntry("date", "2020-07-01").containsEntry("author", "kelpie")
                .containsEntry("tags", "Beach, Friendship");
    }

    @Test
    void anUnknownLabelOnATitlePageEndsTheValueBeforeIt() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("META-INF/container.xml", CONTAINER);
        e.put("OEBPS/content.opf", opf("<dc:title>Fog</dc:title>", "title_page.xhtml", "c1.xhtml"));
        e.put("OEBPS/title_page.xhtml", page("""
                <dl><dt>Rating:</dt><dd>T</dd><dt>Beta Reader:</dt><dd>Someone Kind</dd>
                <dt>Status:</dt><dd>Completed</dd><dt>Words:</dt><dd>1,200</dd></dl>"""));
        e.put("OEBPS/c1.xhtml", page("<p>Fog rolled in.</p>"));
        SourceDocument doc = Formats.read(zip(e), "fog.epub");
        assertThat(doc.metadata()).containsEntry("rating", "T").containsEntry("status", "Completed")
                .containsEntry("words", "1200");
    }

    @Test
    void stopsAZipBombWithAProblem() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("META-INF/container.xml", CONTAINER);
        e.put("OEBPS/bomb.xhtml", "a".repeat(8 * 1024 * 1024));
        ProblemList problems = ProblemList.tracking();
        EpubZip.entries(zip(e), problems, EpubZip.MAX_TOTAL);
        assertThat(problems.toList()).extracting(Problem::code).contains("zip-bomb");
        SourceDocument doc = Formats.read(zip(e), "bomb.epub");
        assertThat(doc.problems()).extracting(Problem::code).contains("zip-bomb");
    }

    @Test
    void capsTotalInflatedBytes() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("a.xhtml", "x".repeat(300_000));
        ProblemList problems = ProblemList.tracking();
        EpubZip.entries(zip(e), problems, 100_000);
        assertThat(problems.toList()).extracting(Problem::code).containsExactly("zip-bomb");
    }

    @Test
    void reportsABrokenZipInsteadOfThrowing() {
        byte[] good = fanFicFareBytes();
        byte[] truncated = Arrays.copyOf(good, good.length / 2);
        SourceDocument doc = Formats.read(truncated, "broken.epub");
        assertThat(doc.format()).isEqualTo("epub");
        assertThat(doc.problems()).extracting(Problem::code).contains("bad-epub");
        byte[] garbage = new byte[]{'P', 'K', 3, 4, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9,
                9, 9};
        assertThat(Formats.read(garbage, "x.epub").problems()).extracting(Problem::code).contains("bad-epub");
    }

    @Test
    void reportsAnEpubWithoutPackageDocument() {
        SourceDocument doc = Formats.read(zip(Map.of("OEBPS/a.xhtml", page("<p>x</p>"))), "x.epub");
        assertThat(doc.problems()).extracting(Problem::code).contains("bad-epub");
        assertThat(doc.lines()).isEmpty();
    }

    private static byte[] fanFicFareBytes() {
        Map<String, String> e = new LinkedHashMap<>();
        e.put("META-INF/container.xml", CONTAINER);
        e.put("OEBPS/content.opf", opf("<dc:title>T</dc:title>", "a.xhtml"));
        e.put("OEBPS/a.xhtml", page("<p>" + "words ".repeat(2000) + "</p>"));
        return zip(e);
    }
}
