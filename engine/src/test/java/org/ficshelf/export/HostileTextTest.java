package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.export.TestWorks.chapter;
import static org.ficshelf.export.TestWorks.spanned;
import static org.ficshelf.export.TestWorks.withRef;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SpanKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** XSS payloads and characters XML cannot carry, in every field of a work, come out as inert text. */
@org.junit.jupiter.api.Tag(EpubCheckSupport.TAG)
class HostileTextTest {
    private static final String PAYLOAD = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> "
            + "javascript:alert(1) </title><script>alert(2)</script> '><svg onload=alert(3)> &lt;b&gt; &amp;"
            + " nul\u0000 fffe\uFFFE lone\uD800 bell\u0007";
    /** The payload as a reader must see it: controls dropped, non-characters replaced. */
    private static final String SHOWN = "<script>alert(1)</script> \"><img src=x onerror=alert(1)> "
            + "javascript:alert(1) </title><script>alert(2)</script> '><svg onload=alert(3)> &lt;b&gt; &amp;"
            + " nul fffe\uFFFD lone\uFFFD bell";

    @TempDir
    Path tmp;

    private static Work hostileWork() {
        return TestWorks.work(PAYLOAD, List.of(new Footnote(PAYLOAD, PAYLOAD), new Footnote("1", PAYLOAD)),
                List.of(chapter(PAYLOAD, Paragraph.plain(PAYLOAD, 1), spanned(PAYLOAD, SpanKind.THOUGHT),
                        withRef(PAYLOAD, "1", "1"), withRef("x", "*", PAYLOAD)),
                        chapter(null, spanned(PAYLOAD, SpanKind.STRONG))));
    }

    @Test
    void bodyHtmlKeepsPayloadsAsText() throws Exception {
        String html = BodyHtml.document(hostileWork(), Anchors.onePage("w-"));
        assertWellFormed("<div xmlns=\"http://www.w3.org/1999/xhtml\">" + html + "</div>");
        assertInert(Jsoup.parseBodyFragment(html));
    }

    @Test
    void htmlExportKeepsPayloadsAsText() throws Exception {
        String html = HtmlExport.render(hostileWork());
        assertWellFormed(html.replace("<!DOCTYPE html>", ""));
        Document doc = Jsoup.parse(html);
        assertInert(doc);
        assertThat(doc.title()).isEqualTo(SHOWN);
        assertThat(doc.select("p.byline").text()).contains(SHOWN);
        assertThat(doc.select("dd.fandoms").text()).contains(SHOWN);
        assertThat(doc.select("section.notes").text()).contains(SHOWN);
    }

    @Test
    void epubDocumentsKeepPayloadsAsTextAndStayValid() throws Exception {
        byte[] epub = EpubCheckSupport.epub(hostileWork());
        Map<String, String> files = EpubWriterTest.unzip(epub);
        for (Map.Entry<String, String> f : files.entrySet()) {
            if (f.getKey().endsWith(".xhtml") || f.getKey().endsWith(".opf")) {
                assertWellFormed(f.getValue());
                assertInert(Jsoup.parse(f.getValue(), "", Parser.xmlParser()));
            }
        }
        assertThat(Jsoup.parse(files.get("OEBPS/content.opf"), "", Parser.xmlParser()).select("dc|subject")
                .eachText())
                .contains(SHOWN);
        EpubCheckSupport.assertValid(epub, tmp, "hostile");
    }

    @Test
    void txtExportKeepsTheTextAndDropsControls() {
        String txt = TxtExport.render(hostileWork());
        assertThat(txt).startsWith(SHOWN + "\nby " + SHOWN).doesNotContain("\u0000", "\u0007", "\uFFFE");
    }

    private static void assertWellFormed(String xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
    }

    /** No script, img or svg element, no event handler attribute, no javascript: link, and the payload shown verbatim. */
    private static void assertInert(Document doc) {
        assertThat(doc.select("script, img, svg, iframe")).isEmpty();
        for (Element e : doc.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as("attribute on <%s>", e.tagName())
                        .doesNotStartWithIgnoringCase("on");
                assertThat(a.getValue().strip()).doesNotStartWithIgnoringCase("javascript:");
            }
        }
        assertThat(doc.text()).contains(SHOWN);
    }
}
