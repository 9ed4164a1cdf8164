package org.ficshelf.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import java.util.Map;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.lucene.LuceneBackend;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * An archive served on a free port for a test class, started before its tests and stopped after
 * ({@code @RegisterExtension static final TestSite site = TestSite.pages();}). {@link #pages()}:
 * a three-chapter Mature work, two General works in two fandoms, and one whose header and text
 * carry XSS payloads. {@link #feeds()}: for the API and OPDS tests, a few works (one carrying XSS
 * payloads and XML-hostile text in its title, author, summary and tags) and the bundled sample
 * stories.
 */
final class TestSite implements BeforeAllCallback, AfterAllCallback {
    static final String LANTERN = """
            Title: Lantern Road
            Author: Wren Hollis
            Fandom: Buffy the Vampire Slayer
            Rating: R
            Summary: Three chapters about lanterns.

            Chapter 1

            Buffy carried the lantern down the road toward the old mill. Willow walked beside her and counted the stars aloud.

            "There are too many," Willow said. "I keep losing my place."

            Chapter 2

            The second chapter speaks of moths and the word quinceberry, which Willow had invented that morning.

            Buffy laughed and the lantern swung.

            Chapter 3

            They reached the mill at dawn, and the lantern went out on its own.
            """;
    static final String BRONZE = """
            Title: Bronze Age
            Author: Tamsin Greaves
            Fandom: Buffy the Vampire Slayer
            Pairing: Willow/Tara
            Rating: G
            Summary: Willow and Tara at the Bronze.

            Willow said hello to Tara at the Bronze, and Tara said hello back. The band was terrible and the lantern above the bar flickered.

            Willow laughed. Tara laughed too.
            """;
    static final String MOTEL = """
            Title: Ice Machine
            Author: Jo Varga
            Fandom: The X-Files
            Pairing: Mulder/Scully
            Rating: PG
            Summary: A motel and a broken ice machine.

            The motel in Nevada had one working ice machine and Mulder had already broken it. Scully looked at the lantern on the desk and sighed.

            "It was like that when I found it," Mulder said.
            """;
    /** Payloads a page must show as text and never run. */
    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "<svg onload=alert(1)>", "javascript:alert(1)", "</textarea><script>alert(3)</script>",
            "{{7*7}}");
    static final String XSS = """
            Title: <script>alert(1)</script> "><img src=x onerror=alert(1)>
            Author: Wren "><img src=x onerror=alert(1)>
            Fandom: Buffy the Vampire Slayer, <svg onload=alert(1)>
            Pairing: <script>alert(1)</script>/"><img src=x onerror=alert(1)>
            Rating: G
            Tags: angst, </textarea><script>alert(2)</script>, {{7*7}}, javascript:alert(1)
            Summary: <svg onload=alert(1)> and javascript:alert(1) and {{7*7}} and </textarea><script>alert(3)</script>

            The payload <script>alert(1)</script> sat in the text like a stone while Willow watched.
            Then came "><img src=x onerror=alert(1)> and <svg onload=alert(1)> and
            javascript:alert(1) and </textarea><script>alert(3)</script> and {{7*7}} for Buffy.

            The end.
            """;

    /** The payloads the feeds' hostile work carries; each must come out as inert text. */
    static final List<String> FEED_PAYLOADS = List.of("<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "]]>", "&amp;");
    static final String HOSTILE_TITLE = "Salt " + FEED_PAYLOADS.get(0) + " " + FEED_PAYLOADS.get(2) + " "
            + FEED_PAYLOADS.get(3) + " pepper";
    static final String HOSTILE_SUMMARY = "A summary " + FEED_PAYLOADS.get(1) + " " + FEED_PAYLOADS.get(0)
            + " "
            + FEED_PAYLOADS.get(2);

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    /** Writes a site's input files into a folder. */
    @FunctionalInterface
    private interface Stories {
        void write(Path in) throws IOException;
    }

    private final Stories stories;
    private @Nullable Path tmp;
    private @Nullable Archive archive;
    private @Nullable Javalin app;

    private TestSite(Stories stories) {
        this.stories = stories;
    }

    /** The page tests' site: lantern.txt, bronze.txt, motel.txt and xss.txt. */
    static TestSite pages() {
        return new TestSite(in -> {
            write(in, "lantern.txt", LANTERN);
            write(in, "bronze.txt", BRONZE);
            write(in, "motel.txt", MOTEL);
            write(in, "xss.txt", XSS);
        });
    }

    /** The API and feed tests' site: hostile.txt, lantern.txt, orchard.txt and the samples. */
    static TestSite feeds() {
        return new TestSite(in -> {
            write(in, "hostile.txt", "Title: " + HOSTILE_TITLE + "\u0001\n"
                    + "Author: Quill " + PAYLOADS.get(1) + "\n"
                    + "Fandom: Buffy the Vampire Slayer\n"
                    + "Rating: PG-13\n"
                    + "Pairing: Buffy/Spike\n"
                    + "Summary: " + HOSTILE_SUMMARY + "\u0001\n"
                    + "Status: complete\n\n"
                    + "Buffy walked into the Bronze. Spike was there, smoking. \"Hello,\" he said.\n\n"
                    + "She ignored him and ordered a drink, <script>alert(1)</script> and all.\n");
            write(in, "lantern.txt", """
                    Title: The Lantern Keeper
                    Author: Marrow
                    Fandom: Stargate SG-1
                    Rating: G
                    Summary: Daniel finds a lantern in a ruin and keeps it lit.

                    Daniel Jackson carried the lantern down the stone steps. The light shook on
                    the walls. Teal'c followed him without a word.

                    The lantern never went out.
                    """);
            write(in, "orchard.txt", """
                    Title: Winter Orchard
                    Author: Fennel
                    Fandom: Buffy the Vampire Slayer
                    Rating: R
                    Summary: Faith and Giles walk through an orchard in winter.

                    The orchard was bare and the snow was deep. Faith kicked at the drifts and Giles
                    pretended not to notice the lantern she had stolen.
                    """);
            copySamples(in);
        });
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        tmp = Files.createTempDirectory("ficshelf-site");
        Path in = Files.createDirectories(tmp.resolve("in"));
        stories.write(in);
        archive = Archive.open(tmp.resolve("data"), dir -> LuceneBackend.open(dir.resolve("index")));
        archive.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        app = WebApp.create(Site.of(archive)).start("127.0.0.1", 0);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (app != null) {
            app.stop();
        }
        if (archive != null) {
            archive.close();
        }
        if (tmp != null) {
            try (Stream<Path> files = Files.walk(tmp)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    Archive archive() {
        return Objects.requireNonNull(archive, "the site has not started");
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    private static void copySamples(Path in) throws IOException {
        Path samples = Path.of("../samples/stories");
        if (!Files.isDirectory(samples)) {
            return;
        }
        List<Path> files = new ArrayList<>();
        try (var s = Files.list(samples)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        for (Path f : files) {
            Files.copy(f, in.resolve("sample-" + f.getFileName()));
        }
    }

    /** The id of the work imported from {@code fileName}. */
    long id(String fileName) throws IOException {
        for (var hit : archive().search(SearchQuery.builder("").pageSize(50).build()).hits()) {
            StoredWork w = archive().work(hit.id()).orElseThrow();
            if (w.record().source().name().equals(fileName)) {
                return hit.id();
            }
        }
        throw new AssertionError("no work from " + fileName);
    }

    StoredWork work(String fileName) throws IOException {
        return archive().work(id(fileName)).orElseThrow();
    }

    URI uri(String path) {
        return URI.create(url(path));
    }

    String url(String path) {
        return "http://127.0.0.1:" + Objects.requireNonNull(app, "the site has not started").port() + path;
    }

    HttpResponse<String> get(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<byte[]> bytes(String path, String... headers) throws IOException, InterruptedException {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(path));
        if (headers.length > 0) {
            b.headers(headers);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> post(String path, Map<String, String> form)
            throws IOException, InterruptedException {
        StringBuilder body = new StringBuilder();
        form.forEach(
                (k, v) -> body.append(body.isEmpty() ? "" : "&").append(enc(k)).append('=').append(enc(v)));
        return HTTP.send(
                HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body.toString())).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    /** The page at {@code path} parsed, after checking it answered 200. */
    Document page(String path, String... headers) throws IOException, InterruptedException {
        HttpResponse<String> r = get(path, headers);
        if (r.statusCode() != 200) {
            throw new AssertionError(path + " answered " + r.statusCode() + ": " + r.body());
        }
        return Jsoup.parse(r.body(), uri(path).toString());
    }

    static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    /** The cookie header that says the reader consented to adult content. */
    static String[] adultCookie() {
        return new String[]{"Cookie", AdultGate.COOKIE + "=true"};
    }
}
