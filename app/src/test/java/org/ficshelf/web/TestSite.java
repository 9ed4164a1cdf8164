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
import java.util.List;
import java.util.Map;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.lucene.LuceneBackend;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * A small archive of invented works served on a free port, for the page tests: a three-chapter
 * Mature work, two General works in two fandoms, and one whose header and text carry XSS payloads.
 */
final class TestSite implements AutoCloseable {
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

    private static final HttpClient HTTP = HttpClient.newHttpClient();

    final Archive archive;
    final Javalin app;

    private TestSite(Archive archive, Javalin app) {
        this.archive = archive;
        this.app = app;
    }

    static TestSite start(Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
        write(in, "lantern.txt", LANTERN);
        write(in, "bronze.txt", BRONZE);
        write(in, "motel.txt", MOTEL);
        write(in, "xss.txt", XSS);
        Archive archive = Archive.open(tmp.resolve("data"), dir -> LuceneBackend.open(dir.resolve("index")));
        archive.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        return new TestSite(archive, WebApp.create(Site.of(archive)).start("127.0.0.1", 0));
    }

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    /** The id of the work imported from {@code fileName}. */
    long id(String fileName) throws IOException {
        for (var hit : archive.search(SearchQuery.builder("").pageSize(50).build()).hits()) {
            StoredWork w = archive.work(hit.id()).orElseThrow();
            if (w.record().source().name().equals(fileName)) {
                return hit.id();
            }
        }
        throw new AssertionError("no work from " + fileName);
    }

    StoredWork work(String fileName) throws IOException {
        return archive.work(id(fileName)).orElseThrow();
    }

    URI uri(String path) {
        return URI.create("http://127.0.0.1:" + app.port() + path);
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

    @Override
    public void close() throws IOException {
        app.stop();
        archive.close();
    }
}
