package org.ficshelf.web;

import io.javalin.Javalin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.search.lucene.LuceneBackend;

/**
 * An archive for the API and feed tests: a few stories written here (one carrying XSS payloads
 * and XML-hostile text in its title, author, summary and tags) and the bundled sample stories,
 * served by the app on a free port.
 */
final class ApiTestFixture implements AutoCloseable {
    /** The payloads the hostile work carries; each must come out as inert text. */
    static final List<String> PAYLOADS = List.of("<script>alert(1)</script>",
            "\"><img src=x onerror=alert(1)>",
            "]]>", "&amp;");
    static final String HOSTILE_TITLE = "Salt " + PAYLOADS.get(0) + " " + PAYLOADS.get(2) + " "
            + PAYLOADS.get(3) + " pepper";
    static final String HOSTILE_SUMMARY = "A summary " + PAYLOADS.get(1) + " " + PAYLOADS.get(0) + " "
            + PAYLOADS.get(2);

    private final Archive archive;
    final Javalin app;
    private final HttpClient http = HttpClient.newHttpClient();

    private ApiTestFixture(Archive archive, Javalin app) {
        this.archive = archive;
        this.app = app;
    }

    static ApiTestFixture start(Path tmp) throws IOException {
        Path in = Files.createDirectories(tmp.resolve("in"));
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
        Archive archive = Archive.open(tmp.resolve("data"), dir -> LuceneBackend.open(dir.resolve("index")));
        archive.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        Javalin app = WebApp.create(Site.of(archive)).start("127.0.0.1", 0);
        return new ApiTestFixture(archive, app);
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

    private static void write(Path dir, String name, String text) throws IOException {
        Files.writeString(dir.resolve(name), text, StandardCharsets.UTF_8);
    }

    Archive archive() {
        return archive;
    }

    String url(String path) {
        return "http://127.0.0.1:" + app.port() + path;
    }

    HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).build());
    }

    HttpResponse<byte[]> bytes(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
        return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Override
    public void close() throws IOException {
        app.stop();
        archive.close();
    }
}
