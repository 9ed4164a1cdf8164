package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The adult-content interstitial: shown for a Mature work, passed with the cookie, safe redirects. */
class AdultGateTest {
    @RegisterExtension
    static final TestSite site = TestSite.pages();
    static long mature;

    @BeforeAll
    static void start() throws Exception {
        mature = site.id("lantern.txt");
        assertThat(site.work("lantern.txt").record().rating()).isEqualTo("Mature");
    }

    @Test
    void aMatureWorkOpensOnTheInterstitialNotItsText() throws Exception {
        Document page = site.page("/works/" + mature + "/chapters/2");

        assertThat(page.selectFirst("form#adult-consent")).isNotNull();
        assertThat(page.selectFirst("form#adult-consent #proceed")).isNotNull();
        assertThat(page.selectFirst("form#adult-consent input[name=return]").val())
                .isEqualTo("/works/" + mature + "/chapters/2");
        assertThat(page.text()).doesNotContain("quinceberry").contains("Mature");
    }

    @Test
    void proceedingSetsTheCookieAndRedirectsBack() throws Exception {
        var r = site.post("/adult-consent", Map.of("return", "/works/" + mature + "/chapters/2"));

        assertThat(r.statusCode()).isEqualTo(303);
        assertThat(r.headers().firstValue("Location")).hasValue("/works/" + mature + "/chapters/2");
        String cookie = r.headers().firstValue("Set-Cookie").orElseThrow();
        assertThat(cookie).startsWith("view_adult=true").contains("HttpOnly").contains("SameSite=Lax")
                .contains("Path=/");
    }

    @Test
    void withTheCookieTheWorkOpensDirectly() throws Exception {
        Document page = site.page("/works/" + mature + "/chapters/2", TestSite.adultCookie());

        assertThat(page.selectFirst("form#adult-consent")).isNull();
        assertThat(page.selectFirst(".work-text").text()).contains("quinceberry");
    }

    @Test
    void aGeneralWorkNeedsNoConsent() throws Exception {
        Document page = site.page("/works/" + site.id("bronze.txt"));

        assertThat(page.selectFirst("form#adult-consent")).isNull();
        assertThat(page.selectFirst(".work-text")).isNotNull();
    }

    @Test
    void downloadsOfAMatureWorkPassTheInterstitialToo() throws Exception {
        var gated = site.get("/works/" + mature + "/download/txt");
        var withCookie = site.get("/works/" + mature + "/download/txt", TestSite.adultCookie());
        var withParam = site.get("/works/" + mature + "/download/txt?view_adult=true");

        assertThat(gated.headers().firstValue("Content-Type").orElse("")).startsWith("text/html");
        assertThat(Jsoup.parse(gated.body()).selectFirst("form#adult-consent input[name=return]").val())
                .isEqualTo("/works/" + mature + "/download/txt");
        assertThat(withCookie.body()).contains("quinceberry");
        assertThat(withParam.body()).contains("quinceberry");
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://evil.example/", "//evil.example/x", "/\\evil.example",
            "\\\\evil.example",
            "javascript:alert(1)", "works/1", "", "/works/1\r\nSet-Cookie: x=y", " /works/1",
            "/%0d%0aX: y\n"})
    void theRedirectTargetMustBeALocalPath(String target) throws Exception {
        var r = site.post("/adult-consent", Map.of("return", target));

        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.headers().firstValue("Location")).isEmpty();
        assertThat(r.headers().firstValue("Set-Cookie")).isEmpty();
    }

    @Test
    void localPathsAreAcceptedWithTheirQuery() {
        assertThat(AdultGate.localPath("/works/3/download/epub?x=1")).isEqualTo("/works/3/download/epub?x=1");
        assertThat(AdultGate.localPath("/works/3#chapter-2")).isEqualTo("/works/3#chapter-2");
        assertThat(AdultGate.localPath("/\\evil")).isNull();
        assertThat(AdultGate.localPath(null)).isNull();
    }
}
