package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.WorkRecord;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A work whose title, author, summary, tags and text carry standard XSS payloads renders them as
 * inert text on every page: no script but the site's own, no event handler, no script URL.
 */
class XssTest {
    @RegisterExtension
    static final TestSite site = TestSite.pages();
    static long id;
    static WorkRecord record;

    @BeforeAll
    static void start() throws Exception {
        id = site.id("xss.txt");
        record = site.work("xss.txt").record();
    }

    /** Every page the work's values reach. */
    private static List<String> pages() {
        List<String> out = new ArrayList<>(
                List.of("/", "/fandoms", "/search?q=payload", "/search?q=" + TestSite.enc(
                        "\"<script>alert(1)</script>\""), "/works/" + id, "/works/" + id + "/full"));
        for (String rel : record.relationships()) {
            out.add(Urls.tag("relationship", rel));
            out.add("/search?q=payload&include=" + TestSite.enc("relationship:" + rel));
        }
        for (String tag : record.tags()) {
            out.add(Urls.tag("freeform", tag));
        }
        for (String fandom : record.fandoms()) {
            out.add(Urls.tag("fandom", fandom));
        }
        out.add(Urls.tag("freeform", "<script>alert(1)</script>"));
        out.add("/search?q=payload&include=" + TestSite.enc("freeform:\"><img src=x onerror=alert(1)>"));
        return out;
    }

    private static void assertInert(String path, Document page) {
        for (Element script : page.select("script")) {
            assertThat(script.attr("src")).as(path + ": " + script.outerHtml())
                    .isEqualTo("/static/ficshelf.js");
            assertThat(script.data()).as(path).isEmpty();
        }
        assertThat(page.select("img, svg, iframe, object, embed, textarea")).as(path).isEmpty();
        for (Element e : page.getAllElements()) {
            for (Attribute a : e.attributes()) {
                assertThat(a.getKey()).as(path + ": " + e.outerHtml()).doesNotStartWithIgnoringCase("on");
                if (a.getKey().equals("href") || a.getKey().equals("src") || a.getKey().equals("action")) {
                    assertThat(a.getValue().strip()).as(path + ": " + e.outerHtml())
                            .doesNotStartWithIgnoringCase("javascript:")
                            .doesNotStartWithIgnoringCase("data:");
                }
            }
        }
    }

    @Test
    void theRecordKeptPayloadsForThePagesToShow() {
        assertThat(record.title()).contains("<script>alert(1)</script>");
        assertThat(record.summary()).contains("<svg onload=alert(1)>", "javascript:alert(1)", "{{7*7}}");
    }

    @Test
    void noPageRunsAPayload() throws Exception {
        for (String path : pages()) {
            var r = site.get(path);
            assertThat(r.statusCode()).as(path).isIn(200, 404);
            assertInert(path, org.jsoup.Jsoup.parse(r.body()));
        }
    }

    @Test
    void theWorkPageShowsEveryPayloadAsText() throws Exception {
        Document page = site.page("/works/" + id);
        String text = page.text();

        assertThat(page.selectFirst(".preface h1.title").text()).isEqualTo(record.title());
        assertThat(page.selectFirst(".summary blockquote").text()).isEqualTo(record.summary());
        for (String author : record.authors()) {
            assertThat(page.select(".byline .author").eachText()).contains(author);
        }
        for (String rel : record.relationships()) {
            assertThat(page.select("dd.relationships a.tag").eachText()).contains(rel);
        }
        for (String tag : record.tags()) {
            assertThat(page.select("dd.tags a.tag").eachText()).contains(tag);
        }
        for (String payload : TestSite.PAYLOADS) {
            assertThat(page.selectFirst(".work-text").text()).as(payload).contains(payload);
        }
        assertThat(text).doesNotContain("49");
    }

    @Test
    void searchResultsShowTitleSummaryAndSnippetAsText() throws Exception {
        Document page = site.page("/search?q=payload");
        Element blurb = page.selectFirst("ol#results > li.work");

        assertThat(blurb.selectFirst("a.work-title").text()).isEqualTo(record.title());
        assertThat(blurb.selectFirst(".summary").text()).isEqualTo(record.summary());
        assertThat(blurb.selectFirst(".snippet").text()).contains("<script>alert(1)</script>");
    }

    @Test
    void aTagPageHeadingShowsATagNameAsText() throws Exception {
        Document page = site.page(Urls.tag("freeform", "</textarea><script>alert(2)</script>"));

        assertThat(page.selectFirst("h1 .tag-name").text()).isEqualTo("</textarea><script>alert(2)</script>");
        assertThat(page.title()).contains("</textarea><script>alert(2)</script>");
    }
}
