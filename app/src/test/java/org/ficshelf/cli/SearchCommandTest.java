package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** search over imported works: hits, snippets, facets, JSON, paging, errors, a lost index. */
class SearchCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Path DEV = Path.of("..", "shared", "corpus", "dev");

    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();
    private Path in;
    private String data;

    @BeforeEach
    void corpus() throws Exception {
        in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"),
                "Title: Lanterns\nAuthor: Wren\n\nThe lanterns swung in the wind over the harbour.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"),
                "Title: Tides\nAuthor: Moss\n\nThe tide came in over the sand, and the lanterns went out.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("c.txt"),
                "Title: Embers\nAuthor: Ash\n\nThe embers glowed in the grate all night.\n",
                StandardCharsets.UTF_8);
        data = dir.resolve("data").toString();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void findsImportedWorksWithMarkedSnippets() {
        assertThat(run("import", in.toString(), "--data", data)).isZero();

        assertThat(run("search", "lanterns", "--data", data)).isZero();
        assertThat(out.toString()).startsWith("2 works found").contains("#1  Lanterns by Wren")
                .contains("#2  Tides by Moss").contains("[lanterns]").contains("Words: ")
                .doesNotContain("Embers");

        assertThat(run("search", "embers", "--data", data)).isZero();
        assertThat(out.toString()).startsWith("1 work found").contains("#3  Embers by Ash");
    }

    @Test
    void jsonIsTheSearchResult() throws Exception {
        run("import", in.toString(), "--data", data);

        assertThat(run("search", "tide", "--json", "--data", data)).isZero();
        JsonNode result = JSON.readTree(out.toString());
        assertThat(result.path("total").asLong()).isEqualTo(1);
        assertThat(result.path("hits").get(0).path("id").asLong()).isEqualTo(2);
        assertThat(result.path("hits").get(0).path("title").asText()).isEqualTo("Tides");
        assertThat(result.path("hits").get(0).path("snippets").get(0).path("marks")).isNotEmpty();
        assertThat(result.path("facets").isObject()).isTrue();
        assertThat(result.has("nextCursor")).isTrue();
    }

    @Test
    void pagesFollowTheCursorThePreviousPagePrinted() {
        run("import", in.toString(), "--data", data);
        List<String> ids = new ArrayList<>();
        String after = null;
        for (int page = 0; page < 5; page++) {
            List<String> args = new ArrayList<>(
                    List.of("search", "--sort", "title", "--page-size", "1", "--data",
                            data));
            if (after != null) {
                args.addAll(List.of("--after", after));
            }
            assertThat(run(args.toArray(String[]::new))).isZero();
            Matcher hit = Pattern.compile("#(\\d+) ").matcher(out.toString());
            if (!hit.find()) {
                break; // a cursor may end on the last hit; the page after it is empty
            }
            ids.add(hit.group(1));
            Matcher next = Pattern.compile("next page: --after (\\S+)").matcher(out.toString());
            if (!next.find()) {
                break;
            }
            after = next.group(1);
        }
        assertThat(ids).containsExactly("3", "1", "2");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"title:( ||", "x|--include|colour", "x|--include|colour:red",
            "x|--words|9-1", "x|--words|lots", "x|--sort|size", "x|--page-size|0", "x|--page-size|many",
            "x|--after|!!not-a-cursor"})
    void aBadQueryOrOptionIsOneLineAndExitTwo(String query, String option, String value) {
        run("import", in.toString(), "--data", data);
        List<String> args = new ArrayList<>(List.of("search", query.strip(), "--data", data));
        if (option != null) {
            args.add(option);
            args.add(value);
        }
        assertThat(run(args.toArray(String[]::new))).isEqualTo(ErrorHandler.EXIT_USAGE);
        assertThat(err.toString().strip()).startsWith("ficshelf: ").doesNotContain("\n")
                .doesNotContain("Exception");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void aLostIndexIsRebuiltFromTheCatalogOnTheNextSearch() throws Exception {
        run("import", in.toString(), "--data", data);
        try (Stream<Path> files = Files.walk(dir.resolve("data").resolve("index"))) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }

        assertThat(run("search", "embers", "--data", data)).isZero();
        assertThat(out.toString()).contains("#3  Embers by Ash");
        assertThat(err.toString()).contains("brought the search index in line with the catalog (3 works)");
        assertThat(run("search", "embers", "--data", data)).isZero();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void rebuildLeavesEveryWorkSearchable() {
        run("import", in.toString(), "--data", data);

        assertThat(run("rebuild", "--data", data)).isZero();
        assertThat(run("search", "--data", data)).isZero();
        assertThat(out.toString()).startsWith("3 works found");
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void searchRefusesAMissingArchive() {
        assertThat(run("search", "x", "--data", dir.resolve("none").toString()))
                .isEqualTo(ErrorHandler.EXIT_IO);
        assertThat(err.toString()).contains("catalog.db");
    }

    @Test
    void theDevCorpusIsSearchableWithFacetsAndReimportAddsNothing() throws Exception {
        Path dev = Files.isDirectory(DEV) ? DEV : Path.of("..", "..", "shared", "corpus", "dev");
        assumeThat(Files.isDirectory(dev)).as("the shared dev corpus").isTrue();
        assertThat(run("import", dev.toString(), "--data", data)).isZero();

        assertThat(run("search", "Spike", "--data", data)).isZero();
        assertThat(out.toString()).contains("Spike").contains("Tags in these results:")
                .contains("Fandom: Buffy the Vampire Slayer").contains("Relationship: ");
        long total = Long.parseLong(out.toString().split(" ", 2)[0]);
        assertThat(total).isGreaterThanOrEqualTo(3);

        assertThat(run("import", dev.toString(), "--data", data)).isZero();
        assertThat(out.toString()).contains("imported 0 works, 16 already present, 0 parts assembled");
        assertThat(run("search", "Spike", "--data", data)).isZero();
        assertThat(out.toString()).startsWith(total + " works found");

        assertThat(run("search", "relationship:\"Spike/Xander\"", "--json", "--data", data)).isZero();
        JsonNode result = JSON.readTree(out.toString());
        assertThat(result.path("total").asLong()).isEqualTo(1);
        long id = result.path("hits").get(0).path("id").asLong();
        assertThat(run("show", Long.toString(id), "--data", data)).isZero();
        assertThat(out.toString()).contains("04-mailing-list-part-2-of-3");
    }
}
