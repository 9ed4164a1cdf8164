package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.search.lucene.LuceneBackend;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The app's frame: security headers, error pages and problem documents, no stack traces. */
class WebAppTest {
    @TempDir
    static Path tmp;
    private static Archive archive;
    private static Javalin app;
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        Path in = Files.createDirectories(tmp.resolve("in"));
        Files.writeString(in.resolve("story.txt"),
                "Title: Salt\nAuthor: Quill\n\nA short story about salt.\n",
                StandardCharsets.UTF_8);
        archive = Archive.open(tmp.resolve("data"), dir -> LuceneBackend.open(dir.resolve("index")));
        archive.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        app = WebApp.create(Site.of(archive)).start("127.0.0.1", 0);
    }

    @AfterAll
    static void stop() throws Exception {
        app.stop();
        archive.close();
    }

    private static HttpResponse<String> get(String path) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + app.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void pagesCarryAStrictContentSecurityPolicy() throws Exception {
        HttpResponse<String> r = get("/");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Security-Policy")).hasValue(WebApp.CSP);
        assertThat(WebApp.CSP).contains("script-src 'self'").doesNotContain("unsafe-inline");
        assertThat(r.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html").containsIgnoringCase("charset=utf-8"));
    }

    @Test
    void anUnknownPageIsA404PageThatSaysSo() throws Exception {
        HttpResponse<String> r = get("/no/such/page");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith("text/html"));
        assertThat(r.body()).contains("Not found").contains("/no/such/page").doesNotContain("Exception");
    }

    @Test
    void anUnknownApiPathIsAProblemDocument() throws Exception {
        HttpResponse<String> r = get("/api/no-such-thing");

        assertThat(r.statusCode()).isEqualTo(404);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t)
                .startsWith(WebApp.PROBLEM_JSON));
        assertThat(r.body()).contains("\"status\":404").contains("\"title\":\"Not found\"");
    }

    @Test
    void staticFilesAreServed() throws Exception {
        assertThat(get("/static/ficshelf.css").statusCode()).isEqualTo(200);
    }
}
