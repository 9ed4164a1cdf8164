package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.ficshelf.Archive;
import org.ficshelf.WorkJson;
import org.ficshelf.catalog.StoredWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** The JSON API: search with facets and paging, a work's record, problem documents for every refusal. */
class ApiTest {
    /** Every field of the work record's JSON contract (spec/work-json.md). */
    static final List<String> CONTRACT = List.of("source", "title", "authors", "summary", "fandoms", "rating",
            "contentRating", "warnings", "categories", "relationships", "characters", "tags", "language",
            "words",
            "complete", "pov", "chapters", "notes", "footnotes", "stated", "fields", "problems");

    @RegisterExtension
    static final TestSite site = TestSite.feeds();

    private static JsonNode json(String path) throws Exception {
        HttpResponse<String> r = site.get(path);
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/json").containsIgnoringCase("charset=utf-8"));
        assertThat(r.headers().firstValue("Cache-Control")).isPresent();
        return WorkJson.mapper().readTree(r.body());
    }

    private static long works() throws Exception {
        return site.archive().stats().works();
    }

    @Test
    void searchReturnsEveryWorkWithTotalHitsAndFacets() throws Exception {
        JsonNode doc = json("/api/search");

        assertThat(doc.get("total").asLong()).isEqualTo(works()).isGreaterThanOrEqualTo(3);
        JsonNode hit = doc.get("hits").get(0);
        for (String field : List.of("id", "title", "authors", "rating", "warnings", "categories", "fandoms",
                "relationships", "characters", "freeforms", "language", "words", "chapters", "complete",
                "summary",
                "added", "snippets", "links")) {
            assertThat(hit.has(field)).as(field).isTrue();
        }
        long id = hit.get("id").asLong();
        assertThat(hit.get("links").get("self").asText()).isEqualTo("/api/works/" + id);
        assertThat(hit.get("links").get("html").asText()).isEqualTo("/works/" + id);
        assertThat(hit.get("links").get("epub").asText()).isEqualTo("/works/" + id + "/download/epub");
        JsonNode fandoms = doc.get("facets").get("fandom");
        assertThat(fandoms).isNotEmpty();
        assertThat(fandoms.findValuesAsText("value")).contains("Buffy the Vampire Slayer");
        assertThat(doc.get("facets").has("rating")).isTrue();
    }

    @Test
    void theApiRootListsItsEndpoints() throws Exception {
        JsonNode links = json("/api").get("links");

        assertThat(links.get("search").asText()).startsWith("/api/search");
        assertThat(links.get("work").asText()).isEqualTo("/api/works/{id}");
        assertThat(links.get("opds").asText()).isEqualTo("/opds");
    }

    @Test
    void snippetsMarkTheMatchedWords() throws Exception {
        JsonNode doc = json("/api/search?q=lantern");

        assertThat(doc.get("total").asLong()).isGreaterThanOrEqualTo(2);
        int marks = 0;
        for (JsonNode hit : doc.get("hits")) {
            for (JsonNode snippet : hit.get("snippets")) {
                String text = snippet.get("text").asText();
                for (JsonNode mark : snippet.get("highlights")) {
                    String marked = text.substring(mark.get(0).asInt(), mark.get(1).asInt());
                    assertThat(marked).containsIgnoringCase("lantern");
                    marks++;
                }
            }
        }
        assertThat(marks).isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/search?size=2&sort=title", "/api/search?size=1&sort=added",
            "/api/search?size=1&include=fandom:Buffy%20the%20Vampire%20Slayer",
            "/api/search?size=1&q=lantern"})
    void pagingByNextLinksVisitsEveryWorkOnce(String first) throws Exception {
        List<Long> seen = new ArrayList<>();
        String next = first;
        int pages = 0;
        long total = -1;
        while (next != null && pages++ < 100) {
            JsonNode doc = json(next);
            total = doc.get("total").asLong();
            assertThat(doc.get("hits").size()).isBetween(1, 2);
            doc.get("hits").forEach(h -> seen.add(h.get("id").asLong()));
            JsonNode link = doc.get("links").get("next");
            next = link.isNull() ? null : link.asText();
            assertThat(doc.get("next").isNull()).isEqualTo(next == null);
        }

        assertThat(next).isNull();
        assertThat(seen).hasSize((int) total).doesNotHaveDuplicates();
        assertThat(pages).isGreaterThan(1);
    }

    @Test
    void aFullLastPageHasNoNextCursor() throws Exception {
        JsonNode all = json("/api/search?size=" + works());

        assertThat(all.get("hits")).hasSize((int) works());
        assertThat(all.get("next").isNull()).isTrue();
        assertThat(all.get("links").get("next").isNull()).isTrue();
    }

    @Test
    void includeAndExcludeNarrowTheResults() throws Exception {
        long all = json("/api/search").get("total").asLong();
        JsonNode in = json("/api/search?include=fandom:Buffy%20the%20Vampire%20Slayer");
        JsonNode out = json("/api/search?exclude=fandom:Buffy%20the%20Vampire%20Slayer");

        assertThat(in.get("total").asLong()).isPositive().isLessThan(all);
        assertThat(in.get("total").asLong() + out.get("total").asLong()).isEqualTo(all);
        for (JsonNode h : in.get("hits")) {
            assertThat(texts(h.get("fandoms"))).contains("Buffy the Vampire Slayer");
        }
        for (JsonNode h : out.get("hits")) {
            assertThat(texts(h.get("fandoms"))).doesNotContain("Buffy the Vampire Slayer");
        }
    }

    @Test
    void facetsCountTheNamedTagTypesOfASearch() throws Exception {
        JsonNode all = json("/api/facets");
        JsonNode fandomOnly = json("/api/facets?type=fandom&limit=1");

        assertThat(all.get("total").asLong()).isEqualTo(works());
        assertThat(all.get("facets").has("fandom")).isTrue();
        assertThat(all.get("facets").has("rating")).isTrue();
        assertThat(all.has("hits")).isFalse();
        assertThat(texts(fandomOnly.get("facets").fieldNames())).containsExactly("fandom");
        assertThat(fandomOnly.get("facets").get("fandom")).hasSize(1);
    }

    @Test
    void aWorkIsItsRecordAsTheContractGivesItPlusItsId() throws Exception {
        long id = json("/api/search?q=lantern%20keeper&size=1").get("hits").get(0).get("id").asLong();
        JsonNode doc = json("/api/works/" + id);

        assertThat(doc.get("id").asLong()).isEqualTo(id);
        for (String field : CONTRACT) {
            assertThat(doc.has(field)).as(field).isTrue();
        }
        assertThat(doc.get("added").asText()).isNotBlank();
        StoredWork stored = site.archive().work(id).orElseThrow();
        JsonNode expected = WorkJson.mapper().readTree(WorkJson.compact(stored.record()));
        ObjectNode actual = ((ObjectNode) doc).deepCopy();
        actual.remove(List.of("id", "added", "links"));
        assertThat(actual).isEqualTo(expected);
    }

    @Test
    void hostileTextRoundTripsThroughTheJson() throws Exception {
        JsonNode doc = json("/api/search?q=bronze");
        JsonNode hit = doc.get("hits").get(0);
        StoredWork stored = site.archive().work(hit.get("id").asLong()).orElseThrow();

        assertThat(hit.get("title").asText()).isEqualTo(stored.record().title())
                .contains(TestSite.FEED_PAYLOADS.get(0))
                .contains("]]>").contains("&amp;");
        assertThat(hit.get("summary").asText()).isEqualTo(stored.record().summary())
                .contains(TestSite.FEED_PAYLOADS.get(1));
        assertThat(json("/api/works/" + stored.id()).get("title").asText())
                .isEqualTo(stored.record().title());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "/api/search?after=not-a-cursor | 400",
            "/api/search?sort=sideways | 400",
            "/api/search?sort=words:up | 400",
            "/api/search?include=species:Vulcan | 400",
            "/api/search?include=no-colon | 400",
            "/api/search?size=101 | 400",
            "/api/search?size=0 | 400",
            "/api/search?size=ten | 400",
            "/api/search?complete=maybe | 400",
            "/api/search?words=lots | 400",
            "/api/facets?type=species | 400",
            "/api/facets?limit=5000 | 400",
            "/api/works/abc | 400",
            "/api/works/-1 | 400",
            "/api/works/99999999999999999999999 | 400",
            "/api/works/987654 | 404",
            "/api/nothing-here | 404"})
    void everyRefusalIsAProblemDocument(String path, int status) throws Exception {
        assertProblem(site.get(path), status, path);
    }

    @Test
    void tooLongQueriesAndCursorsAreRefused() throws Exception {
        assertProblem(site.get("/api/search?q=" + "a".repeat(1001)), 400, "/api/search");
        assertProblem(site.get("/api/search?after=" + "A".repeat(5000)), 400, "/api/search");
        assertProblem(site.get("/api/facets?q=" + "a".repeat(1001)), 400, "/api/facets");
    }

    @Test
    void aCursorOfAnotherSortIsRefused() throws Exception {
        String cursor = json("/api/search?size=1&sort=title").get("next").asText();

        assertProblem(site.get("/api/search?size=1&sort=words&after=" + ApiLinks.query(cursor)), 400,
                "/api/search");
    }

    @Test
    void writingMethodsAreNotAllowed() throws Exception {
        HttpResponse<String> r = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/search")))
                .POST(HttpRequest.BodyPublishers.ofString("{}")).build());

        assertProblem(r, 405, "/api/search");
        HttpResponse<String> d = site.send(HttpRequest.newBuilder(URI.create(site.url("/api/works/1")))
                .DELETE().build());
        assertProblem(d, 405, "/api/works/1");
    }

    @Test
    void failuresOfTheArchiveAreProblemsWithoutAStackTrace(@TempDir Path dir) throws Exception {
        Archive noIndex = Archive.open(dir.resolve("data"));
        Javalin app = WebApp.create(Site.of(noIndex)).start("127.0.0.1", 0);
        try {
            HttpClient http = HttpClient.newHttpClient();
            String base = "http://127.0.0.1:" + app.port();
            HttpResponse<String> search = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/search")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertProblem(search, 503, "/api/search");
            noIndex.close();
            HttpResponse<String> work = http.send(
                    HttpRequest.newBuilder(URI.create(base + "/api/works/1")).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertProblem(work, 500, "/api/works/1");
        } finally {
            app.stop();
            noIndex.close();
        }
    }

    static void assertProblem(HttpResponse<String> r, int status, String path) throws Exception {
        assertThat(r.statusCode()).as(path + ": " + r.body()).isEqualTo(status);
        assertThat(r.headers().firstValue("Content-Type")).as(path).hasValueSatisfying(
                t -> assertThat(t).startsWith(WebApp.PROBLEM_JSON));
        JsonNode doc = WorkJson.mapper().readTree(r.body());
        assertThat(doc.get("status").asInt()).isEqualTo(status);
        for (String field : List.of("type", "title", "detail", "instance")) {
            assertThat(doc.get(field).asText()).as(field).isNotBlank();
        }
        assertThat(doc.get("instance").asText()).startsWith("/api");
        assertThat(r.body()).doesNotContain("at org.").doesNotContain("Exception").doesNotContain("\tat ");
    }

    static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }

    static List<String> texts(java.util.Iterator<String> names) {
        List<String> out = new ArrayList<>();
        names.forEachRemaining(out::add);
        return out;
    }
}
