package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.ChapterInfo;
import org.ficshelf.SourceInfo;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkRecord;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchResult;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.w3c.dom.Element;

/**
 * Every value of a record, whatever it holds, is text in the feed and in the API's JSON: a
 * record built here with a payload in every field (the importer would clean some of them
 * first; the feed must not rely on it).
 */
class OpdsTestHostileRecord {

    static WorkRecord record(String p) {
        Map<String, String> stated = new LinkedHashMap<>();
        stated.put("rating", p);
        return new WorkRecord(new SourceInfo(p, "00", 1, "text", "UTF-8", 1.0), "T " + p, List.of("A " + p),
                "S " + p, List.of("F " + p), "R " + p, "General Audiences", List.of("W " + p),
                List.of("C " + p),
                List.of("X " + p + "/Y"), List.of("Ch " + p), List.of("Tag " + p), "en" + p, 10, true, null,
                List.of(new ChapterInfo(p, 10)), List.of(p), List.of(), stated, Map.of(), List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "]]>", "&amp;",
            "<![CDATA[x]]>", "<!DOCTYPE x [<!ENTITY e SYSTEM \"file:///etc/passwd\">]>&e;",
            "a\u0001b\u0000c\uD800d",
            "'single' \"double\" \u2028\u2029"})
    void everyFieldOfAnEntryIsTextInTheFeed(String payload) throws Exception {
        WorkRecord r = record(payload);
        String kept = AtomWriter.clean(payload);
        byte[] xml = OpdsFeed
                .start(OpdsFeed.ACQUISITION, "urn:x", payload, Instant.EPOCH, "/opds?q=" + payload,
                        payload)
                .work(new StoredWork(7, r, "not a time", 1, List.of())).finish();

        Element feed = OpdsTest.parse(new String(xml, StandardCharsets.UTF_8)).getDocumentElement();
        assertThat(OpdsTest.text(feed, "title")).isEqualTo(kept);
        Element entry = OpdsTest.children(feed, "entry").get(0);
        assertThat(OpdsTest.text(entry, "title")).isEqualTo("T " + kept);
        assertThat(OpdsTest.text(entry, "summary")).isEqualTo("S " + kept);
        assertThat(OpdsTest.text(OpdsTest.children(entry, "author").get(0), "name")).isEqualTo("A " + kept);
        assertThat(OpdsTest.text(entry, "updated")).isEqualTo("1970-01-01T00:00:00Z");
        List<String> terms = new ArrayList<>();
        OpdsTest.children(entry, "category").forEach(c -> terms.add(c.getAttribute("term")));
        assertThat(terms).contains("R " + kept, "W " + kept, "C " + kept, "F " + kept, "Ch " + kept,
                "Tag " + kept);
    }

    @ParameterizedTest
    @ValueSource(strings = {"<script>alert(1)</script>", "\"><img src=x onerror=alert(1)>", "]]>", "&amp;",
            "a\u0001b\u0000c", "\\\"}]},{\"injected\":1"})
    void everyFieldOfAHitRoundTripsThroughTheJson(String payload) throws Exception {
        WorkRecord r = record(payload);
        StoredWork stored = new StoredWork(7, r, "2020-01-01T00:00:00Z", 1, List.of());
        SearchResult.Hit hit = new SearchResult.Hit(7, 1f, r.title(), r.authors(),
                List.of(new SearchResult.Snippet(payload,
                        List.of(new SearchResult.Mark(0, payload.length())))));

        JsonNode json = WorkJson.mapper().readTree(ApiJson.bytes(ApiJson.hit(hit, stored)));
        assertThat(json.get("title").asText()).isEqualTo("T " + payload);
        assertThat(json.get("freeforms").get(0).asText()).isEqualTo("Tag " + payload);
        assertThat(json.get("snippets").get(0).get("text").asText()).isEqualTo(payload);
        assertThat(json.has("injected")).isFalse();
        JsonNode work = WorkJson.mapper().readTree(ApiJson.bytes(ApiJson.work(stored)));
        assertThat(work.get("summary").asText()).isEqualTo("S " + payload);
        assertThat(work.get("stated").get("rating").asText()).isEqualTo(payload);
    }
}
