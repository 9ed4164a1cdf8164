package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Home, search, tag and fandom pages over a small archive. */
class PagesTest {
    @RegisterExtension
    static final TestSite site = TestSite.pages();

    private static long total(Document page) {
        return Long.parseLong(page.selectFirst(".result-count .total").text().replace(",", ""));
    }

    @Test
    void homeListsRecentWorksTotalsAndTheFandomIndex() throws Exception {
        Document home = site.page("/");

        assertThat(home.select("#recent-works > li.work a.work-title").eachText())
                .contains("Lantern Road", "Bronze Age", "Ice Machine");
        assertThat(home.selectFirst(".count-works").text()).isEqualTo("4");
        assertThat(home.select(".fandom-index a").eachText()).contains("Buffy the Vampire Slayer",
                "The X-Files");
        assertThat(home.selectFirst(".fandom-index a[href=/tags/fandom/The%20X-Files]")).isNotNull();
        assertThat(home.selectFirst("form#search input[name=q]")).isNotNull();
        assertThat(home.selectFirst("main#main")).isNotNull();
    }

    @Test
    void everyPageHasLandmarksASkipLinkAndLabelledControls() throws Exception {
        for (String path : new String[]{"/", "/search?q=lantern", "/fandoms", "/tags/fandom/The%20X-Files"}) {
            Document page = site.page(path);
            assertThat(page.select("header, nav, main#main, footer")).as(path).hasSizeGreaterThanOrEqualTo(4);
            assertThat(page.selectFirst("a.skip-link[href=#main]")).as(path).isNotNull();
            for (Element control : page.select("input:not([type=hidden]), select")) {
                boolean labelled = control.parents().stream().anyMatch(p -> p.tagName().equals("label"))
                        || !page.select("label[for=" + control.id() + "]").isEmpty();
                assertThat(labelled).as(path + " " + control.outerHtml()).isTrue();
            }
        }
    }

    @Test
    void searchFindsTextAndMarksTheMatchedWords() throws Exception {
        Document page = site.page("/search?q=quinceberry");

        assertThat(total(page)).isEqualTo(1);
        assertThat(page.select("ol#results > li.work a.work-title").eachText())
                .containsExactly("Lantern Road");
        assertThat(page.select("ol#results .snippet mark").eachText()).contains("quinceberry");
    }

    @Test
    void snippetsEscapeTheTextAroundTheirMarks() throws Exception {
        Document page = site.page("/search?q=payload");

        Element snippet = page.selectFirst("ol#results .snippet");
        assertThat(snippet).isNotNull();
        assertThat(snippet.select("mark").eachText()).contains("payload");
        assertThat(snippet.select("script, img, svg")).isEmpty();
        assertThat(snippet.text()).contains("<script>alert(1)</script>");
    }

    @Test
    void includingAndExcludingAFandomNarrowsTheResults() throws Exception {
        long all = total(site.page("/search?q=lantern"));
        Document included = site.page("/search?q=lantern&include=" + TestSite.enc("fandom:The X-Files"));
        Document excluded = site.page("/search?q=lantern&exclude=" + TestSite.enc("fandom:The X-Files"));

        assertThat(all).isEqualTo(3);
        assertThat(total(included)).isEqualTo(1);
        assertThat(total(excluded)).isEqualTo(2);
        assertThat(included.select("ol#results a.work-title").eachText()).containsExactly("Ice Machine");
        assertThat(excluded.select("ol#results a.work-title").eachText()).doesNotContain("Ice Machine");
        assertThat(excluded.selectFirst("form#filters input[name=exclude][value=fandom:The X-Files]")
                .hasAttr("checked")).isTrue();
    }

    @Test
    void theSidebarOffersFacetValuesWithCountsToIncludeOrExclude() throws Exception {
        Document page = site.page("/search?q=lantern");

        Element form = page.selectFirst("form#filters");
        assertThat(form.selectFirst("#apply-filters")).isNotNull();
        Element include = form.selectFirst("input[name=include][value=fandom:Buffy the Vampire Slayer]");
        assertThat(include).isNotNull();
        assertThat(form.selectFirst("input[name=exclude][value=fandom:Buffy the Vampire Slayer]"))
                .isNotNull();
        assertThat(include.parent().parent().parent().selectFirst(".count").text()).isEqualTo("(2)");
        assertThat(form.select("fieldset legend").eachText()).contains("Fandoms", "Ratings");
        assertThat(form.select("input[name=words_from], input[name=words_to], select[name=complete],"
                + " select[name=crossover], input[name=language], select[name=sort]")).hasSize(6);
    }

    @Test
    void activeFiltersAreListedWithLinksThatRemoveThem() throws Exception {
        Document page = site
                .page("/search?q=lantern&include=" + TestSite.enc("fandom:The X-Files") + "&words=10-");

        Element remove = page.select(".active-filters a.remove-filter").stream()
                .filter(a -> a.attr("aria-label").contains("The X-Files")).findFirst().orElseThrow();
        Document without = site.page(remove.attr("href"));
        assertThat(remove.attr("href")).contains("q=lantern").contains("words=10-")
                .doesNotContain("X-Files");
        assertThat(total(without)).isGreaterThan(total(page));
    }

    @Test
    void theNextPageLinkCarriesTheCursor() throws Exception {
        Document first = site.page("/search?q=lantern&size=1");

        Element next = first.selectFirst("a[rel=next].next-page");
        assertThat(next).isNotNull();
        assertThat(next.attr("href")).contains("after=").contains("size=1");
        Document second = site.page(next.attr("href"));
        assertThat(second.select("ol#results a.work-title").eachText())
                .doesNotContainAnyElementsOf(first.select("ol#results a.work-title").eachText());
    }

    @ParameterizedTest
    @CsvSource({"/search?size=0", "/search?size=abc", "/search?words=lots", "/search?include=planet:Mars",
            "/search?complete=maybe", "/search?sort=colour", "/search?q=%22unclosed"})
    void badSearchParametersAnswer400WithAMessage(String path) throws Exception {
        var r = site.get(path);

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("error-detail").doesNotContain("Exception").doesNotContain("at org.");
    }

    @Test
    void aTagPageListsTheWorksWithThatTag() throws Exception {
        Document page = site.page("/tags/fandom/The%20X-Files");

        assertThat(page.selectFirst("h1 .tag-type").text()).isEqualTo("Fandom:");
        assertThat(page.selectFirst("h1 .tag-name").text()).isEqualTo("The X-Files");
        assertThat(page.select("ol#results a.work-title").eachText()).containsExactly("Ice Machine");
    }

    @Test
    void aRelationshipWithASlashHasATagPage() throws Exception {
        String rel = site.work("motel.txt").record().relationships().get(0);
        assertThat(rel).contains("/");

        Document page = site.page(Urls.tag("relationship", rel));

        assertThat(page.selectFirst("h1 .tag-name").text()).isEqualTo(rel);
        assertThat(page.select("ol#results a.work-title").eachText()).containsExactly("Ice Machine");
    }

    @Test
    void tagLinksOnBlurbsLeadToTagPages() throws Exception {
        Document home = site.page("/");

        for (Element a : home.select("#recent-works a.tag")) {
            assertThat(site.get(a.attr("href")).statusCode()).as(a.attr("href")).isEqualTo(200);
        }
    }

    @Test
    void aTagNameWithUrlSpecialCharactersRoundTrips() throws Exception {
        String name = "Kirk+Spock & 100% ?#. \u00e9t\u00e9";

        Document page = site.page(Urls.tag("freeform", name));

        assertThat(page.selectFirst("h1 .tag-name").text()).isEqualTo(name);
        assertThat(page.select("ol#results li.work")).isEmpty();
    }

    @Test
    void anUnknownTagTypeIsNotFound() throws Exception {
        assertThat(site.get("/tags/planet/Mars").statusCode()).isEqualTo(404);
    }

    @Test
    void theFandomsPageListsEveryFandomWithItsCount() throws Exception {
        Document page = site.page("/fandoms");

        Element buffy = page.select(".fandom-list li").stream()
                .filter(li -> li.text().startsWith("Buffy the Vampire Slayer")).findFirst().orElseThrow();
        assertThat(buffy.selectFirst(".count").text()).isEqualTo("(3)");
    }
}
