package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** import, show, stats, rejects and rebuild over one data directory. */
class ArchiveCommandsTest {
    private static final ObjectMapper JSON = new ObjectMapper();

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
                "Title: Lanterns\nAuthor: Wren\n\nThe lanterns swung in the wind.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"),
                "Title: Tides\nAuthor: Moss\n\nThe tide came in over the sand.\n",
                StandardCharsets.UTF_8);
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.writeString(in.resolve("README.md"), "# notes\n", StandardCharsets.UTF_8);
        data = dir.resolve("data").toString();
    }

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void importPrintsASummaryAndReimportAddsNothing() {
        assertThat(run("import", in.toString(), "--data", data)).isZero();
        assertThat(out.toString())
                .contains("imported 2 works, 0 already present, 0 parts assembled, 1 rejected")
                .contains("skipped 1 as not stories (1 .md file)")
                .contains("rejected " + in + "/empty.txt: empty file");
        assertThat(err.toString()).contains("importing: 4 files").contains("rejected " + in + "/empty.txt");

        assertThat(run("import", in.toString(), "--data", data)).isZero();
        assertThat(out.toString()).contains("imported 0 works, 2 already present");
    }

    @Test
    void importOfAMissingPathFailsWithExitTwoAndImportsNothing() {
        assertThat(run("import", dir.resolve("nope").toString(), "--data", data))
                .isEqualTo(ErrorHandler.EXIT_IO);
        assertThat(err.toString()).contains("no such file");
        assertThat(Files.exists(dir.resolve("data"))).isFalse();
    }

    @Test
    void showPrintsAWorkForPeopleAndAsJson() throws Exception {
        run("import", in.toString(), "--data", data);

        assertThat(run("show", "1", "--data", data)).isZero();
        assertThat(out.toString()).startsWith("#1 ").contains("Originals:").contains("a.txt");

        assertThat(run("show", "2", "--json", "--data", data)).isZero();
        JsonNode work = JSON.readTree(out.toString());
        assertThat(work.path("id").asLong()).isEqualTo(2);
        assertThat(work.path("source").path("name").asText()).isEqualTo("b.txt");
        assertThat(work.path("catalog").path("originals").get(0).path("path").asText()).endsWith("b.txt");

        assertThat(run("show", "99", "--data", data)).isEqualTo(ErrorHandler.EXIT_SOFTWARE);
        assertThat(err.toString()).contains("no work 99");
    }

    @Test
    void statsCountsWorksAndRuns() throws Exception {
        run("import", in.toString(), "--data", data);

        assertThat(run("stats", "--data", data)).isZero();
        assertThat(out.toString()).startsWith("2 works").contains("By fandom:").contains("By rating:")
                .contains("By language:").contains("Import runs:");

        assertThat(run("stats", "--json", "--data", data)).isZero();
        JsonNode stats = JSON.readTree(out.toString());
        assertThat(stats.path("works").asLong()).isEqualTo(2);
        assertThat(stats.path("rejects").asLong()).isEqualTo(1);
        assertThat(stats.path("runs")).hasSize(1);
    }

    @Test
    void rejectsListsPathAndReason() {
        run("import", in.toString(), "--data", data);

        assertThat(run("rejects", "--data", data)).isZero();
        assertThat(out.toString()).startsWith(in + "/empty.txt\tempty file (0 bytes)\t");
    }

    @Test
    void rebuildReadsEveryOriginalAgain() {
        run("import", in.toString(), "--data", data);

        assertThat(run("rebuild", "--data", data)).isZero();
        assertThat(out.toString()).contains("rebuilt 2 works").contains("1 rejected");
        assertThat(run("show", "2", "--data", data)).isZero();
        assertThat(out.toString()).contains("b.txt");
    }

    @Test
    void readingCommandsRefuseAMissingArchive() {
        assertThat(run("stats", "--data", dir.resolve("none").toString())).isEqualTo(ErrorHandler.EXIT_IO);
        assertThat(err.toString()).contains("catalog.db");
    }
}
