package org.ficshelf.web.e2e;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.PlaywrightException;
import io.javalin.Javalin;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.search.lucene.LuceneBackend;
import org.ficshelf.web.Site;
import org.ficshelf.web.WebApp;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A browser test's world, as a JUnit extension on a static field: an archive imported from the
 * sample stories and this package's fixture stories, the web app serving it on a free loopback
 * port, and Debian's headless Chromium driven by Playwright (installed first when missing). Each
 * test gets a fresh browser context; everything is closed after the class.
 *
 * <p>
 * {@code -Dficshelf.e2e=false} skips the browser tests on a developer's machine; otherwise a
 * browser that cannot be installed or started fails the class with the reason.
 */
final class ReadingRoom
        implements
            BeforeAllCallback,
            AfterAllCallback,
            BeforeEachCallback,
            AfterEachCallback,
            ExecutionCondition {
    private static final Logger LOG = LoggerFactory.getLogger(ReadingRoom.class);
    /** Where Debian's chromium package puts the browser; {@code -Dficshelf.chromium=PATH} overrides. */
    static final Path CHROMIUM = Path.of(System.getProperty("ficshelf.chromium", "/usr/bin/chromium"));
    /** Flags for a sandboxed CI machine: no sandbox (root), no GPU, no calls home. */
    static final List<String> CHROMIUM_ARGS = List.of("--no-sandbox", "--disable-gpu",
            "--disable-dev-shm-usage", "--disable-background-networking", "--disable-component-update",
            "--disable-sync", "--disable-quic", "--no-first-run");
    /** The viewport of an ordinary desktop page. */
    static final int WIDTH = 1280;
    static final int HEIGHT = 900;
    /** How long a locator waits for an element before the test fails. */
    static final double TIMEOUT_MS = 10_000;

    private @Nullable Path dataDir;
    private @Nullable Archive archive;
    private @Nullable Javalin app;
    private @Nullable Playwright playwright;
    private @Nullable Browser browser;
    private final List<BrowserContext> contexts = new ArrayList<>();
    private @Nullable Page page;
    /** What the pages of this test reported as errors: script errors, CSP refusals, failed loads. */
    private final List<String> pageErrors = new ArrayList<>();

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        return "false".equalsIgnoreCase(System.getProperty("ficshelf.e2e", "true"))
                ? ConditionEvaluationResult.disabled("browser tests switched off by -Dficshelf.e2e=false")
                : ConditionEvaluationResult.enabled("browser tests on");
    }

    @Override
    public void beforeAll(ExtensionContext context) throws Exception {
        long t0 = System.nanoTime();
        Path chromium = Chromium.ensureInstalled(CHROMIUM);
        long t1 = System.nanoTime();
        dataDir = Files.createTempDirectory("ficshelf-e2e");
        archive = Archive.open(dataDir.resolve("data"), dir -> LuceneBackend.open(dir.resolve("index")));
        archive.importPaths(stories(), ImportOptions.defaults(), ImportListener.NONE);
        app = WebApp.create(Site.of(archive)).start("127.0.0.1", 0);
        long t2 = System.nanoTime();
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        long t3 = System.nanoTime();
        try {
            browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                    .setExecutablePath(chromium)
                    .setHeadless(true)
                    .setArgs(CHROMIUM_ARGS));
        } catch (PlaywrightException e) {
            throw new AssertionError("Chromium at " + chromium + " did not start under Playwright: "
                    + e.getMessage(), e);
        }
        long t4 = System.nanoTime();
        LOG.info("browser tests set up: chromium {} ms, archive of {} works served {} ms, "
                + "Playwright driver {} ms, Chromium {} {} ms", ms(t0, t1), archive.indexedWorks(),
                ms(t1, t2),
                ms(t2, t3), browser.version(), ms(t3, t4));
    }

    private static long ms(long from, long to) {
        return (to - from) / 1_000_000;
    }

    /** The sample corpus of the repository (when the module sits in it) and this package's stories. */
    private static List<Path> stories() throws URISyntaxException {
        List<Path> paths = new ArrayList<>();
        Path samples = Path.of(System.getProperty("basedir", ".")).resolve("../samples/stories").normalize();
        if (Files.isDirectory(samples)) {
            paths.add(samples);
        }
        var fixtures = ReadingRoom.class.getResource("stories");
        if (fixtures == null) {
            throw new IllegalStateException("the e2e fixture stories are missing from the test classpath");
        }
        paths.add(Path.of(fixtures.toURI()));
        return paths;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        page = newPage(new Browser.NewContextOptions());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        for (BrowserContext c : contexts) {
            c.close();
        }
        contexts.clear();
        page = null;
        List<String> errors = List.copyOf(pageErrors);
        pageErrors.clear();
        if (!errors.isEmpty() && context.getExecutionException().isEmpty()) {
            throw new AssertionError(
                    "the browser reported errors on the pages: " + String.join("\n", errors));
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        try (Playwright p = playwright; Archive a = archive) {
            if (browser != null) {
                browser.close();
            }
            if (app != null) {
                app.stop();
            }
        } finally {
            if (dataDir != null) {
                deleteTree(dataDir);
            }
        }
    }

    /** This test's page: a desktop viewport, light colour scheme, downloads accepted. */
    Page page() {
        if (page == null) {
            throw new IllegalStateException("no page outside a test");
        }
        return page;
    }

    /**
     * A page in a new browser context of this test (its own cookies), with {@code options} (a phone
     * viewport, a dark colour scheme); closed after the test.
     */
    Page newPage(Browser.NewContextOptions options) {
        if (browser == null) {
            throw new IllegalStateException("the browser has not started");
        }
        if (options.viewportSize == null) {
            options.setViewportSize(WIDTH, HEIGHT);
        }
        BrowserContext context = browser.newContext(options.setAcceptDownloads(true).setBaseURL(baseUrl()));
        context.setDefaultTimeout(TIMEOUT_MS);
        contexts.add(context);
        Page p = context.newPage();
        p.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && !m.location().contains("/favicon.ico")) {
                pageErrors.add(m.location() + ": " + m.text());
            }
        });
        p.onPageError(e -> pageErrors.add(p.url() + ": " + e));
        return p;
    }

    /** The server's address, {@code http://127.0.0.1:PORT}, without a trailing slash. */
    String baseUrl() {
        if (app == null) {
            throw new IllegalStateException("the server has not started");
        }
        return "http://127.0.0.1:" + app.port();
    }

    /** A full-page PNG of {@code page} kept as a test artifact: target/e2e-screenshots/NAME.png. */
    static Path screenshot(Page page, String name) {
        Path file = Path.of(System.getProperty("basedir", "."), "target", "e2e-screenshots", name + ".png");
        page.screenshot(new Page.ScreenshotOptions().setPath(file).setFullPage(true));
        return file;
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> all = Files.walk(root)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }
}
