package org.ficshelf.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.ColorScheme;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reader's way through the archive in a real headless Chromium: home, search, tag filters, a
 * Mature work behind its interstitial, chapter 2, the EPUB, a phone and a dark screen; each step
 * leaves a full-page screenshot in target/e2e-screenshots.
 */
@Tag("browser")
class ReaderJourneyTest {
    @RegisterExtension
    static final ReadingRoom ROOM = new ReadingRoom();

    /** The fixture works (this package's stories) the journey looks for. */
    private static final String MATURE = "The Lighthouse Keeper's Ledger";
    private static final String SAME_FANDOM = "Cartography for Beginners";
    private static final String OTHER_FANDOM = "Picnic at the Old Lighthouse";
    private static final String FANDOM = "Stargate SG-1";
    private static final String FREEFORM = "Hurt/Comfort";

    private static final String RESULTS = "ol#results > li.work";

    @Test
    void theHomePageRendersInTheBrowser() throws IOException {
        Page page = ROOM.page();

        Response response = page.navigate("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("main#main")).isVisible();
        assertThat(page).hasTitle(Pattern.compile("Ficshelf"));
        assertThat(Files.size(ReadingRoom.screenshot(page, "home"))).isPositive();
    }

    @Test
    void aWordTypedIntoTheSearchFormListsTheWorksThatHaveIt() {
        Page page = ROOM.page();
        page.navigate("/search");

        page.locator("form#search input[name=q]").fill("lighthouse");
        page.locator("form#search input[name=q]").press("Enter");

        page.waitForURL(Pattern.compile("/search\\?.*q=lighthouse"));
        assertThat(page.locator(RESULTS).first()).isVisible();
        assertThat(titles(page)).contains(MATURE, SAME_FANDOM, OTHER_FANDOM);
        assertThat(page.locator(RESULTS + " mark").first()).isVisible();
        ReadingRoom.screenshot(page, "search-results");
    }

    @Test
    void includingAFandomFromTheSidebarKeepsOnlyItsWorks() {
        Page page = ROOM.page();
        page.navigate("/search?q=lighthouse");
        int before = page.locator(RESULTS).count();
        String count = page
                .locator("form#filters li:has(input[name=include][value=\"fandom:" + FANDOM + "\"]) .count")
                .innerText();

        page.locator(include("fandom", FANDOM)).check();
        page.locator("#apply-filters").click();

        page.waitForURL(Pattern.compile("include=fandom"));
        assertThat(page.locator(include("fandom", FANDOM))).isChecked();
        List<String> titles = titles(page);
        assertThat(titles).contains(MATURE, SAME_FANDOM).doesNotContain(OTHER_FANDOM).hasSizeLessThan(before);
        assertThat(count).as("the facet count the sidebar showed").isEqualTo("(" + titles.size() + ")");
        for (Locator work : page.locator(RESULTS).all()) {
            assertThat(work.locator(".fandoms")).containsText(FANDOM);
        }
        ReadingRoom.screenshot(page, "search-include-fandom");
    }

    @Test
    void excludingATagFromTheSidebarRemovesTheWorksThatCarryIt() {
        Page page = ROOM.page();
        page.navigate("/search?q=lighthouse");
        assertThat(titles(page)).contains(MATURE);

        page.locator(exclude("freeform", FREEFORM)).check();
        page.locator("#apply-filters").click();

        page.waitForURL(Pattern.compile("exclude=freeform"));
        assertThat(page.locator(exclude("freeform", FREEFORM))).isChecked();
        assertThat(titles(page)).doesNotContain(MATURE).contains(SAME_FANDOM, OTHER_FANDOM);
        for (Locator work : page.locator(RESULTS).all()) {
            assertThat(work.locator(".tags")).not().containsText(FREEFORM);
        }
        ReadingRoom.screenshot(page, "search-exclude-freeform");
    }

    @Test
    void aMatureWorkOpensOnTheInterstitialAndProceedingShowsItsText() {
        Page page = ROOM.page();
        page.navigate("/search?q=ledger");

        page.locator("a.work-title", new Page.LocatorOptions().setHasText(MATURE)).click();

        assertThat(page.locator("form#adult-consent")).isVisible();
        assertThat(page.locator("main#main")).containsText("Mature");
        assertThat(page.locator("#work-text")).hasCount(0);
        ReadingRoom.screenshot(page, "adult-interstitial");

        page.locator("#proceed").click();

        assertThat(page).hasURL(Pattern.compile("/works/\\d+$"));
        assertThat(page.locator("dl.work-meta")).containsText(FANDOM);
        assertThat(page.locator("h1.title")).hasText(MATURE);
        assertThat(page.locator("#work-text")).containsText("ninety-one steps");
        ReadingRoom.screenshot(page, "work-mature");

        page.reload();
        assertThat(page.locator("form#adult-consent")).hasCount(0);
        assertThat(page.locator("#work-text")).isVisible();
    }

    @Test
    void theNextChapterLinkLeadsToChapterTwo() {
        Page page = openMatureWork(ROOM.page());

        page.locator("a[rel=next]").first().click();

        assertThat(page).hasURL(Pattern.compile("/works/\\d+/chapters/2$"));
        assertThat(page.locator("#work-text")).containsText("The Wreck");
        assertThat(page.locator("#work-text")).containsText("The ship was called the Cormorant.");
        assertThat(page.locator("#work-text")).not().containsText("ninety-one steps");
        assertThat(page.locator("a[rel=prev]").first()).isVisible();
        ReadingRoom.screenshot(page, "work-chapter-2");
    }

    @Test
    void theEpubLinkDownloadsAnEpubFile() throws IOException {
        Page page = openMatureWork(ROOM.page());

        Download download = page.waitForDownload(() -> page.locator("a.download-epub").first().click());

        assertThat(download.failure()).isNull();
        assertThat(download.suggestedFilename()).endsWith(".epub");
        byte[] epub = Files.readAllBytes(download.path());
        assertThat(new String(epub, 0, 2, StandardCharsets.US_ASCII)).isEqualTo("PK");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first).isNotNull();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/epub+zip");
            StringBuilder rest = new StringBuilder();
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                rest.append(new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
            assertThat(rest).as("the EPUB's documents").contains("The Wreck").contains("the Cormorant");
        }
        ReadingRoom.screenshot(page, "work-download-epub");
    }

    @Test
    void onAPhoneTheWorkPageFitsTheScreenWidth() {
        Page page = ROOM.newPage(new Browser.NewContextOptions()
                .setViewportSize(390, 844).setIsMobile(true).setHasTouch(true).setDeviceScaleFactor(2));

        openMatureWork(page);

        assertThat(page.locator("dl.work-meta")).isVisible();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
        assertThat(((Number) overflow).intValue()).as("pixels of horizontal scrolling")
                .isLessThanOrEqualTo(0);
        ReadingRoom.screenshot(page, "work-mobile");
    }

    @Test
    void aReaderWhoPrefersDarkGetsADarkPage() {
        Page page = ROOM.newPage(new Browser.NewContextOptions().setColorScheme(ColorScheme.DARK));

        openMatureWork(page);

        Object rgb = page.evaluate("() => getComputedStyle(document.body).backgroundColor");
        assertThat(luminance(String.valueOf(rgb))).as("background %s", rgb).isLessThan(0.3);
        ReadingRoom.screenshot(page, "work-dark");
    }

    /** Opens the Mature fixture work from a search, through its interstitial, at chapter 1. */
    private static Page openMatureWork(Page page) {
        page.navigate("/search?q=ledger");
        page.locator("a.work-title", new Page.LocatorOptions().setHasText(MATURE)).click();
        page.locator("form#adult-consent #proceed").click();
        assertThat(page.locator("#work-text")).containsText("ninety-one steps");
        return page;
    }

    private static List<String> titles(Page page) {
        return page.locator(RESULTS + " a.work-title").allTextContents().stream().map(String::strip).toList();
    }

    private static String include(String type, String value) {
        return "form#filters input[name=include][value=\"" + type + ":" + value + "\"]";
    }

    private static String exclude(String type, String value) {
        return "form#filters input[name=exclude][value=\"" + type + ":" + value + "\"]";
    }

    /** The relative luminance (0 black, 1 white) of a CSS {@code rgb(r, g, b)} colour. */
    private static double luminance(String cssRgb) {
        String[] parts = cssRgb.replaceAll("[^0-9,.]", "").split(",");
        double r = Double.parseDouble(parts[0]) / 255;
        double g = Double.parseDouble(parts[1]) / 255;
        double b = Double.parseDouble(parts[2]) / 255;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
}
