package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.export.TestWorks.chapter;
import static org.ficshelf.export.TestWorks.spanned;
import static org.ficshelf.export.TestWorks.withRef;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyHtmlTest {

    private static Document xml(String fragment) {
        return Jsoup.parse("<body>" + fragment + "</body>", "", Parser.xmlParser());
    }

    @ParameterizedTest
    @CsvSource({"THOUGHT, i.thought", "EMPHASIS, em.emphasis", "STRONG, strong.strong",
            "UNDERLINE, u.underline"})
    void rendersEachSpanKindAsItsElementWithAClass(SpanKind kind, String selector) {
        Work work = TestWorks.work("t", List.of(), List.of(chapter(null, spanned("inner words", kind))));
        Document doc = xml(BodyHtml.document(work, Anchors.onePage("")));
        assertThat(doc.select("p > " + selector).text()).isEqualTo("inner words");
    }

    @Test
    void splitsCrossingSpansSoThatTagsNest() {
        Paragraph p = new Paragraph("abcdefgh",
                List.of(Span.of(0, 5, SpanKind.EMPHASIS), Span.of(3, 8, SpanKind.THOUGHT)), 1);
        String html = BodyHtml.chapter(TestWorks.work("t", List.of(), List.of(chapter(null, p))), 0,
                Anchors.onePage(""));
        assertThat(html).contains(
                "<p><em class=\"emphasis\">abc<i class=\"thought\">de</i></em><i class=\"thought\">fgh</i></p>");
    }

    @Test
    void rendersSceneBreaksVerseBreaksAndHeadings() {
        Work work = TestWorks.work("t", List.of(),
                List.of(chapter("Part One", Paragraph.plain("a\nb", 1), TestWorks.sceneBreak()),
                        chapter(null, Paragraph.plain("c", 2))));
        String html = BodyHtml.document(work, Anchors.onePage("w-"));
        assertThat(html).contains("<h2 class=\"chapter-title\">Part One</h2>", "<p>a<br/>b</p>",
                "<hr class=\"scene-break\"/>", "<h2 class=\"chapter-title\">Chapter 2</h2>",
                "id=\"w-chapter-2\"");
    }

    @Test
    void leavesASingleUntitledChapterWithoutHeading() {
        Work work = TestWorks.work("t", List.of(), List.of(chapter(null, Paragraph.plain("only", 1))));
        assertThat(BodyHtml.document(work, Anchors.onePage(""))).doesNotContain("<h2");
    }

    @Test
    void linksFootnotesBothWaysInOnePage() {
        Work work = TestWorks.work("t", List.of(new Footnote("1", "Song - Band"), new Footnote("*", "aside")),
                List.of(chapter(null, withRef("\"Sing.\"", "1", "1"), withRef("Again", "[1]", "1")),
                        chapter(null, withRef("Later", "*", "*"))));
        Document doc = xml(BodyHtml.document(work, Anchors.onePage("")));
        assertThat(doc.select("a[role=doc-noteref]")).hasSize(3);
        assertThat(doc.select("a[role=doc-backlink]")).hasSize(2);
        assertEveryFragmentLinkResolves(doc);
        assertThat(doc.getElementById("fn-1").text()).contains("Song - Band");
        assertThat(doc.getElementById("fnref-2").text()).isEqualTo("*");
        assertThat(doc.select("[id]").eachAttr("id")).doesNotHaveDuplicates();
    }

    @Test
    void linksAcrossDocumentsWhenSplit() {
        Work work = TestWorks.work("t", List.of(new Footnote("1", "note")),
                List.of(chapter(null, Paragraph.plain("x", 1)), chapter(null, withRef("y", "1", "1"))));
        Anchors anchors = Anchors.split("", i -> "c" + i + ".xhtml", "notes.xhtml");
        assertThat(BodyHtml.chapter(work, 1, anchors)).contains("href=\"notes.xhtml#fn-1\" id=\"fnref-1\"");
        assertThat(BodyHtml.footnotes(work, anchors)).contains("href=\"c1.xhtml#fnref-1\"");
    }

    @Test
    void rendersAReferenceToAnUnknownMarkAsText() {
        Work work = TestWorks.work("t", List.of(), List.of(chapter(null, withRef("word", "[7]", "7"))));
        String html = BodyHtml.document(work, Anchors.onePage(""));
        assertThat(html).contains("<p>word[7]</p>").doesNotContain("<a");
    }

    @Test
    void escapesHostileTextAndDropsCharactersXmlCannotCarry() {
        String hostile = "<script>alert(1)</script>\"><img src=x onerror=alert(1)>&lt;\u0000\uFFFE";
        Work work = TestWorks.work("t", List.of(new Footnote("\"><b>", hostile)),
                List.of(chapter(hostile, spanned(hostile, SpanKind.EMPHASIS), withRef("w", "1", "\"><b>"))));
        String html = BodyHtml.document(work, Anchors.onePage(""));
        assertThat(html).doesNotContain("\u0000").doesNotContain("\uFFFE").doesNotContain("<script")
                .doesNotContain("<img");
        Document doc = xml(html);
        assertThat(doc.select("script, img, b")).isEmpty();
        assertThat(doc.select("em").text())
                .isEqualTo("<script>alert(1)</script>\"><img src=x onerror=alert(1)>&lt;\uFFFD");
        assertThat(doc.select("h2").first().text()).startsWith("<script>");
    }

    /** Every {@code #id} link in the page names an element of the page. */
    static void assertEveryFragmentLinkResolves(Document doc) {
        Set<String> ids = new HashSet<>(doc.select("[id]").eachAttr("id"));
        for (Element a : doc.select("a[href]")) {
            String href = a.attr("href");
            assertThat(href).startsWith("#");
            assertThat(ids).as("target of %s", href).contains(href.substring(1));
        }
    }
}
