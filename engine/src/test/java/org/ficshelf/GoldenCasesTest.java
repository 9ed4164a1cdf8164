package org.ficshelf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The golden-file suite: every folder under {@code src/test/resources/cases/} holds one
 * {@code input.*} file and the {@code expected.json} its work record must match (see
 * {@link GoldenComparison} for the semantics). With {@code -Dficshelf.golden.write=true} each
 * case's full record is also written to {@code actual.json} beside it for review; expectations
 * themselves are only ever edited by hand.
 */
class GoldenCasesTest {
    private static final Path CASES = Path.of("src", "test", "resources", "cases");
    private static final boolean WRITE_ACTUAL = Boolean.getBoolean("ficshelf.golden.write");
    private static final ObjectMapper MAPPER = WorkJson.mapper();

    static Stream<String> cases() throws IOException {
        try (Stream<Path> dirs = Files.list(CASES)) {
            return dirs.filter(Files::isDirectory).map(dir -> dir.getFileName().toString()).sorted().toList()
                    .stream();
        }
    }

    @Test
    void suiteHasEnoughCasesEachWithOneInputAndExpectations() throws IOException {
        List<String> names = cases().toList();
        assertThat(names).hasSizeGreaterThanOrEqualTo(36);
        for (String name : names) {
            Path dir = CASES.resolve(name);
            assertThat(input(dir)).as(name + " input").isNotNull();
            assertThat(dir.resolve("expected.json")).as(name + " expected.json").isRegularFile();
            assertThat(dir.resolve("NOTES.md")).as(name + " NOTES.md").isRegularFile();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void recordMatchesExpectations(String name) throws IOException {
        Path dir = CASES.resolve(name);
        Path input = input(dir);
        Work work = new WorkReader().read(Files.readAllBytes(input), input.getFileName().toString());
        JsonNode actual = MAPPER.readTree(WorkJson.compact(work.record()));
        if (WRITE_ACTUAL) {
            Files.writeString(dir.resolve("actual.json"), WorkJson.pretty(work.record()) + "\n",
                    StandardCharsets.UTF_8);
        }
        JsonNode expected = MAPPER
                .readTree(Files.readString(dir.resolve("expected.json"), StandardCharsets.UTF_8));
        List<String> mismatches = GoldenComparison.mismatches(expected, actual);
        if (!mismatches.isEmpty()) {
            fail(name + ": " + mismatches.size() + " field(s) differ\n  " + String.join("\n  ", mismatches));
        }
    }

    private static Path input(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> f.getFileName().toString().startsWith("input.")).findFirst()
                    .orElseThrow(() -> new IOException("no input.* in " + dir));
        }
    }
}
