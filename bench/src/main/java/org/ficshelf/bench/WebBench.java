package org.ficshelf.bench;

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
import java.util.List;
import java.util.SplittableRandom;
import java.util.function.IntFunction;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.lucene.LuceneBackend;
import org.ficshelf.search.lucene.LuceneReader;
import org.ficshelf.web.Site;
import org.ficshelf.web.WebApp;

/**
 * Latency of the reading room over an archive (the one {@code bench import} built): the home
 * page, a search page with facets, the JSON search, a work page, and the EPUB of a 500,000-word
 * work (added to the archive once). One client, requests over real HTTP on loopback, a warm-up
 * round first; each page kind is timed on its own run of requests.
 */
final class WebBench {
    /** Words of the long work whose EPUB is timed, in chapters of {@link #LONG_CHAPTER} words. */
    static final int LONG_WORDS = 500_000;
    static final int LONG_CHAPTER = 5_000;
    static final String LONG_TITLE = "The Long Road Benchmark";

    /** One page kind's latencies. */
    record Page(String name, SearchBench.Latency latency, long meanBytes) {
    }

    private WebBench() {
    }

    static List<Page> run(Path data, WordModel model, int requests, long seed) throws IOException,
            InterruptedException {
        long longId = ensureLongWork(data, model, seed);
        try (Archive archive = Archive.openReadOnly(data, null,
                d -> LuceneReader.open(d.resolve(FicshelfImport.INDEX_DIR)))) {
            long works = archive.stats().works();
            Javalin app = WebApp.create(Site.of(archive)).start("127.0.0.1", 0);
            try {
                HttpClient http = HttpClient.newHttpClient();
                String base = "http://127.0.0.1:" + app.port();
                String[] words = model.words("noun");
                SplittableRandom random = new SplittableRandom(seed);
                List<Page> pages = new ArrayList<>();
                pages.add(time(http, base, "home", requests, i -> "/"));
                pages.add(time(http, base, "search page with facets", requests,
                        i -> "/search?q=" + URLEncoder.encode(words[random.nextInt(words.length)],
                                StandardCharsets.UTF_8)));
                pages.add(time(http, base, "API search with facets", requests,
                        i -> "/api/search?q=" + URLEncoder.encode(words[random.nextInt(words.length)],
                                StandardCharsets.UTF_8)));
                pages.add(time(http, base, "work page", requests,
                        i -> "/works/" + (1 + random.nextLong(works)) + "?view_adult=true"));
                pages.add(time(http, base, "EPUB of a 500k-word work", Math.max(5, requests / 10),
                        i -> "/works/" + longId + "/download/epub?view_adult=true"));
                return pages;
            } finally {
                app.stop();
            }
        }
    }

    private static Page time(HttpClient http, String base, String name, int requests,
            IntFunction<String> path)
            throws IOException, InterruptedException {
        int warmup = Math.max(3, requests / 5);
        for (int i = 0; i < warmup; i++) {
            get(http, base + path.apply(i));
        }
        double[] millis = new double[requests];
        long bytes = 0;
        for (int i = 0; i < requests; i++) {
            String url = base + path.apply(i);
            long t0 = System.nanoTime();
            HttpResponse<byte[]> r = get(http, url);
            millis[i] = (System.nanoTime() - t0) / 1e6;
            if (r.statusCode() != 200) {
                throw new IOException(url + " answered " + r.statusCode());
            }
            bytes += r.body().length;
        }
        return new Page(name, SearchBench.Latency.of(millis), bytes / requests);
    }

    private static HttpResponse<byte[]> get(HttpClient http, String url)
            throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create(url)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }

    /** The id of the 500k-word work, imported (once) from text the word model writes. */
    private static long ensureLongWork(Path data, WordModel model, long seed) throws IOException {
        try (Archive archive = Archive.open(data,
                d -> LuceneBackend.open(d.resolve(FicshelfImport.INDEX_DIR)))) {
            SearchQuery q = SearchQuery.of("title:\"" + LONG_TITLE + "\"");
            if (archive.search(q).total() == 0) {
                Path dir = Files.createDirectories(data.resolveSibling(data.getFileName() + "-long-work"));
                Path file = dir.resolve("long-road.txt");
                Files.writeString(file, longText(model, seed), StandardCharsets.UTF_8);
                archive.importPaths(List.of(file), ImportOptions.defaults(), ImportListener.NONE);
            }
            List<org.ficshelf.search.SearchResult.Hit> hits = archive.search(q).hits();
            if (hits.isEmpty()) {
                throw new IOException("the long work did not import");
            }
            return hits.get(0).id();
        }
    }

    static String longText(WordModel model, long seed) {
        WordModel.Fandom fandom = model.fandoms().get(0);
        ProseWriter prose = new ProseWriter(model, new SplittableRandom(seed), fandom.people(), false, 0,
                false);
        StringBuilder b = new StringBuilder(LONG_WORDS * 7);
        b.append("Title: ").append(LONG_TITLE).append("\nAuthor: Bench\nFandom: ").append(fandom.name())
                .append("\nRating: General Audiences\n\n");
        for (int c = 1; c <= LONG_WORDS / LONG_CHAPTER; c++) {
            b.append("Chapter ").append(c).append("\n\n");
            prose.paragraphs(b, LONG_CHAPTER, "\n\n");
        }
        b.append("The End\n");
        return b.toString();
    }
}
