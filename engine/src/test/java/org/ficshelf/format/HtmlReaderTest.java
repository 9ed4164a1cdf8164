package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.format.FormatsTestSupport.joined;
import static org.ficshelf.format.FormatsTestSupport.lineContaining;
import static org.ficshelf.format.FormatsTestSupport.resource;
import static org.ficshelf.format.FormatsTestSupport.texts;

import java.nio.charset.StandardCharsets;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.ficshelf.doc.TextLine;
import org.junit.jupiter.api.Test;

class HtmlReaderTest {

    private static SourceDocument read(String html) {
        return Formats.read(html.getBytes(StandardCharsets.UTF_8), "page.html");
    }

    @Test
    void dropsNavigationCountersAndFootersButKeepsStoryAndHeader() {
        SourceDocument doc = Formats.read(resource("legacy-page.html"), "keeper.html");
        String all = joined(doc);
        assertThat(doc.format()).isEqualTo("html");
        assertThat(all).doesNotContain("Home", "Links", "Webring", "visitor number", "Best viewed",
                "Guestbook",
                "Back to Stories", "Next Part", "Vote", "counter", "color: silver");
        assertThat(texts(doc)).contains("The Lighthouse Keeper", "Author: Wren", "Rating: PG-13",
                "Nobody answered when she called.", "The light turned anyway.");
        assertThat(all).contains("to the author's notes in the middle of a long sentence");
    }

    @Test
    void putsPageTitleAndMetaIntoPageKeysNotTitle() {
        SourceDocument doc = Formats.read(resource("legacy-page.html"), "keeper.html");
        assertThat(doc.metadata())
                .containsEntry("pageTitle", "Moonlit Shelf :: Stories :: The Lighthouse Keeper by Wren")
                .containsEntry("pageAuthor", "Wren Halloway")
                .containsEntry("pageDescription", "A ghost story for the long nights.")
                .doesNotContainKey("title");
    }

    @Test
    void marksInlineMarkupAsSpansAtTheRightOffsets() {
        SourceDocument doc = Formats.read(resource("legacy-page.html"), "keeper.html");
        TextLine salt = lineContaining(doc, "old paper");
        int at = salt.text().indexOf("old paper");
        assertThat(salt.spans()).containsExactly(Span.of(at, at + 9, SpanKind.EMPHASIS));
        TextLine stairs = lineContaining(doc, "one hundred and twelve");
        int b = stairs.text().indexOf("one hundred");
        int u = stairs.text().indexOf("somebody");
        assertThat(stairs.spans()).containsExactly(Span.of(b, b + 22, SpanKind.STRONG),
                Span.of(u, u + 8, SpanKind.UNDERLINE));
        TextLine author = lineContaining(doc, "Author:");
        assertThat(author.spans()).containsExactly(Span.of(0, 7, SpanKind.STRONG));
    }

    @Test
    void numbersLinesByTheirSourceLine() {
        SourceDocument doc = Formats.read(resource("legacy-page.html"), "keeper.html");
        assertThat(lineContaining(doc, "Rating: PG-13").number()).isEqualTo(21);
        assertThat(lineContaining(doc, "The light turned anyway.").number()).isEqualTo(27);
    }

    @Test
    void splitsOnBreaksSeparatesParagraphsAndTurnsRulesIntoDashes() {
        SourceDocument doc = read("<html><body><p>One<br>Two</p><p>Three</p><hr><p>Four</p></body></html>");
        assertThat(texts(doc)).containsExactly("One", "Two", "", "Three", "", "----", "", "Four");
    }

    @Test
    void carriesASpanAcrossALineBreak() {
        SourceDocument doc = read("<p><i>first half<br>second half</i> plain</p>");
        assertThat(doc.lines().get(0).spans()).containsExactly(Span.of(0, 10, SpanKind.EMPHASIS));
        assertThat(doc.lines().get(1).spans()).containsExactly(Span.of(0, 11, SpanKind.EMPHASIS));
    }

    @Test
    void decodesEntitiesAndCollapsesWhitespace() {
        SourceDocument doc = read("<p>&quot;Tea,&quot;   he said,\n   &amp; sat&nbsp;down.</p>");
        assertThat(texts(doc)).containsExactly("\"Tea,\" he said, & sat down.");
    }

    @Test
    void sniffsTheMetaCharsetBeforeDecoding() {
        byte[] head = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1252\"></head><body><p>"
                .getBytes(StandardCharsets.US_ASCII);
        assertThat(HtmlReader.declaredCharset(head)).isEqualTo("windows-1252");
        assertThat(HtmlReader.declaredCharset("<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?><html>"
                .getBytes(StandardCharsets.US_ASCII))).isEqualTo("iso-8859-1");
    }

    @Test
    void survivesTenThousandNestedElements() {
        String html = "<div>".repeat(10_000) + "deep text" + "</div>".repeat(10_000);
        SourceDocument doc = read(html);
        assertThat(joined(doc)).contains("deep text");
    }

    @Test
    void readsTheDevArchivePageSensibly() {
        SourceDocument doc = Formats.read(FormatsTestSupport.corpus("dev/05-archive-html32/input.html"),
                "input.html");
        String all = joined(doc);
        assertThat(doc.format()).isEqualTo("html");
        assertThat(texts(doc)).contains("Dead Languages", "Title: Dead Languages", "Rating: PG",
                "Summary: Giles tries to teach Buffy Latin. Buffy tries to learn it. Results vary.");
        assertThat(all)
                .doesNotContain("Home", "Guestbook", "Back to Archive", "Next Chapter", "visitor number",
                        "Best viewed")
                .contains("\"Patience,\" said her Watcher, and went back to mending his book.");
        assertThat(doc.metadata()).containsEntry("pageTitle",
                "The Watcher's Attic :: Fic :: Dead Languages by Ashgrove");
        TextLine thought = lineContaining(doc, "Stupid Watcher");
        assertThat(thought.spans()).containsExactly(Span.of(0, 48, SpanKind.EMPHASIS));
    }
}
