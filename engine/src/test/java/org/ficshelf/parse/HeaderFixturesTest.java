package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.ficshelf.Footnote;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.TextLine;
import org.ficshelf.format.Formats;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Invented front matters beside the JSON of what the parser must read from them (only the keys present). */
class HeaderFixturesTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    static Stream<String> fixtures() {
        return Stream.of("keyed-basic", "keyed-uppercase-continued", "loose-prose-header",
                "title-byline-summary",
                "title-only", "notes-and-legend", "note-before-separator", "usenet-intro-centered-title",
                "german-header", "spanish-french-header", "chapter-after-header",
                "story-starts-with-scene-break",
                "duplicate-key", "disclaimer-first-then-title");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("fixtures")
    void readsTheFrontMatterOfTheFixture(String name) throws IOException {
        List<TextLine> lines = Formats.lines(resource(name + ".txt"));
        JsonNode want = JSON.readTree(resource(name + ".json"));
        ProblemList problems = ProblemList.tracking();
        FrontMatter got = HeaderParser.parse(lines, problems);

        if (want.has("title")) {
            assertThat(got.title()).as("title").isEqualTo(text(want.get("title")));
        }
        if (want.has("authors")) {
            assertThat(got.authors()).as("authors").containsExactlyElementsOf(strings(want.get("authors")));
        }
        if (want.has("summary")) {
            assertThat(got.summary()).as("summary").isEqualTo(text(want.get("summary")));
        }
        if (want.has("stated")) {
            for (Map.Entry<String, JsonNode> e : want.get("stated").properties()) {
                assertThat(got.stated().get(e.getKey())).as("stated." + e.getKey())
                        .isEqualTo(e.getValue().asText());
            }
        }
        if (want.has("notes")) {
            assertThat(got.notes()).as("notes").containsExactlyElementsOf(strings(want.get("notes")));
        }
        if (want.has("footnotes")) {
            List<Footnote> expected = new ArrayList<>();
            want.get("footnotes")
                    .forEach(f -> expected.add(new Footnote(f.get("mark").asText(), f.get("text").asText())));
            assertThat(got.footnotes()).as("footnotes").containsExactlyElementsOf(expected);
        }
        if (want.has("problems")) {
            assertThat(problems.toList()).extracting(Problem::code)
                    .containsAll(strings(want.get("problems")));
        }
        String firstBodyLine = lines.subList(got.bodyStart(), lines.size()).stream().filter(l -> !l.isBlank())
                .map(TextLine::text).findFirst().orElse("");
        assertThat(firstBodyLine).as("first body line").startsWith(want.get("bodyStartsWith").asText());
    }

    private static String resource(String file) throws IOException {
        try (InputStream in = HeaderFixturesTest.class.getResourceAsStream("header/" + file)) {
            assertThat(in).as(file).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(JsonNode n) {
        return n.isNull() ? null : n.asText();
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
