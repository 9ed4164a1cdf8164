package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The work page: metadata block, provenance marks, chapters, entire work, refusals. */
class WorkPageTest {
    @RegisterExtension
    static final TestSite site = TestSite.pages();
    static long lantern;
    static long bronze;

    @BeforeAll
    static void start() throws Exception {
        lantern = site.id("lantern.txt");
        bronze = site.id("bronze.txt");
    }

    private static Document lantern(String suffix) throws Exception {
        return site.page("/works/" + lantern + suffix, TestSite.adultCookie());
    }

    @Test
    void theMetadataBlockShowsTheRecordsTagsAsLinks() throws Exception {
        Document page = site.page("/works/" + bronze);

        Element meta = page.selectFirst("dl.work-meta");
        assertThat(meta.select("dt").eachText()).contains("Rating:", "Fandoms:", "Relationships:",
                "Language:",
                "Words:", "Chapters:");
        assertThat(meta.selectFirst("dd.rating a.tag").text()).isEqualTo("General Audiences");
        assertThat(meta.selectFirst("dd.fandoms a.tag").attr("href"))
                .isEqualTo("/tags/fandom/Buffy%20the%20Vampire%20Slayer");
        assertThat(meta.selectFirst("dd.chapters").text()).startsWith("1/");
        assertThat(page.selectFirst(".preface h1.title").text()).isEqualTo("Bronze Age");
        assertThat(page.selectFirst(".summary").text()).contains("Willow and Tara at the Bronze.");
    }

    @Test
    void inferredValuesAreMarkedWithConfidenceAndEvidenceReachableByKeyboard() throws Exception {
        Document page = site.page("/works/" + bronze);
        var record = site.work("bronze.txt").record();
        assertThat(record.fields().get("language").from().json()).isEqualTo("inferred");

        Element language = page.selectFirst("dl.work-meta dd.language");
        assertThat(language.hasClass("inferred-value")).isTrue();
        Element badge = language.selectFirst("button.provenance-badge");
        assertThat(badge.text()).isEqualTo("inferred");
        Element evidence = page.getElementById(badge.attr("aria-describedby"));
        assertThat(evidence).isNotNull();
        assertThat(evidence.text()).contains("confidence")
                .contains(record.fields().get("language").evidence().get(0));
        Element rating = page.selectFirst("dl.work-meta dd.rating");
        assertThat(rating.hasClass("inferred-value")).isFalse();
        assertThat(rating.select(".provenance-badge")).isEmpty();
    }

    @Test
    void theFirstChapterLinksToTheNextAndToTheEntireWork() throws Exception {
        Document page = lantern("");

        assertThat(page.selectFirst(".work-text").text()).contains("counted the stars")
                .doesNotContain("quinceberry");
        assertThat(page.selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/works/" + lantern + "/chapters/2");
        assertThat(page.selectFirst("a[rel=prev]")).isNull();
        assertThat(page.selectFirst("a.entire-work").attr("href")).isEqualTo("/works/" + lantern + "/full");
        assertThat(page.select(".chapter-index li")).hasSize(3);
        assertThat(page.selectFirst("dl.work-meta dd.chapters").text()).startsWith("3/");
    }

    @Test
    void chapterTwoRendersItsTextWithBothNeighbours() throws Exception {
        Document page = lantern("/chapters/2");

        assertThat(page.selectFirst(".work-text").text()).contains("quinceberry")
                .doesNotContain("counted the stars");
        assertThat(page.selectFirst("a[rel=prev]").attr("href"))
                .isEqualTo("/works/" + lantern + "/chapters/1");
        assertThat(page.selectFirst("a[rel=next]").attr("href"))
                .isEqualTo("/works/" + lantern + "/chapters/3");
        assertThat(page.selectFirst(".chapter-index a[aria-current=page]").attr("href"))
                .endsWith("/chapters/2");
    }

    @Test
    void theEntireWorkHasEveryChapter() throws Exception {
        Document page = lantern("/full");

        assertThat(page.select(".work-text section.chapter")).hasSize(3);
        assertThat(page.selectFirst(".work-text").text()).contains("counted the stars", "quinceberry",
                "reached the mill");
        assertThat(page.selectFirst("a[rel=next]")).isNull();
    }

    @Test
    void theWorkCarriesItsLanguageAndDownloadLinks() throws Exception {
        Document page = site.page("/works/" + bronze);

        assertThat(page.selectFirst("article.work").attr("lang")).isEqualTo("en");
        for (String format : new String[]{"epub", "html", "txt", "original"}) {
            assertThat(page.selectFirst("a.download-" + format).attr("href"))
                    .isEqualTo("/works/" + bronze + "/download/" + format);
        }
    }

    @ParameterizedTest
    @CsvSource({"/works/999999, 404", "/works/999999/chapters/1, 404", "/works/999999/full, 404",
            "/works/abc, 400", "/works/-1, 400", "/works/1e3, 400", "/works/99999999999999999999999, 400",
            "/works/1/chapters/x, 400", "/works/1/download/pdf, 404"})
    void unknownOrMalformedWorksAreRefusedWithAPage(String path, int status) throws Exception {
        var r = site.get(path);

        assertThat(r.statusCode()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(r.body()).contains("error-detail").doesNotContain("Exception");
    }

    @Test
    void aChapterPastTheLastIsNotFound() throws Exception {
        assertThat(site.get("/works/" + lantern + "/chapters/4", TestSite.adultCookie()).statusCode())
                .isEqualTo(404);
        assertThat(site.get("/works/" + lantern + "/chapters/0", TestSite.adultCookie()).statusCode())
                .isEqualTo(404);
    }
}
