package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ParseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    private Path story(String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void printsOneJsonObjectForOneFile() throws Exception {
        Path file = story("one.txt", "Title: One\n\nShe opened the door and the rain came in.\n");

        int exit = run("parse", file.toString());

        assertThat(exit).isZero();
        JsonNode record = JSON.readTree(out.toString());
        assertThat(record.path("source").path("name").asText()).isEqualTo("one.txt");
        assertThat(record.path("source").path("bytes").asLong()).isEqualTo(Files.size(file));
        assertThat(record.path("words").asInt()).isPositive();
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void printsJsonLinesForSeveralFiles() throws Exception {
        Path a = story("a.txt", "The first story has words.\n");
        Path b = story("b.txt", "The second story has more words than that.\n");

        int exit = run("parse", a.toString(), b.toString());

        assertThat(exit).isZero();
        List<String> lines = out.toString().lines().toList();
        assertThat(lines).hasSize(2);
        assertThat(JSON.readTree(lines.get(0)).path("source").path("name").asText()).isEqualTo("a.txt");
        assertThat(JSON.readTree(lines.get(1)).path("source").path("name").asText()).isEqualTo("b.txt");
    }

    @Test
    void missingFileGivesOneLineErrorAndNonZeroExit() {
        int exit = run("parse", dir.resolve("nowhere.txt").toString());

        assertThat(exit).isEqualTo(ErrorHandler.EXIT_IO);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString().lines().toList()).singleElement()
                .satisfies(line -> assertThat(line).startsWith("ficshelf: no such file:")
                        .contains("nowhere.txt"));
    }

    @Test
    void aMissingFileDoesNotStopTheOthers() throws Exception {
        Path good = story("good.txt", "A story that exists.\n");

        int exit = run("parse", dir.resolve("gone.txt").toString(), good.toString());

        assertThat(exit).isEqualTo(ErrorHandler.EXIT_IO);
        assertThat(out.toString().lines().toList()).hasSize(1);
        assertThat(err.toString()).contains("gone.txt");
    }

    @Test
    void aDirectoryIsAnErrorNotACrash() {
        int exit = run("parse", dir.toString());

        assertThat(exit).isEqualTo(ErrorHandler.EXIT_IO);
        assertThat(err.toString()).contains("is a directory").doesNotContain("Exception");
    }

    @Test
    void damagedBytesStillGiveARecordAndExitZero() throws Exception {
        Path file = dir.resolve("damaged.txt");
        Files.write(file, new byte[]{'T', 'i', (byte) 0xC3, 0, (byte) 0xFF, (byte) 0xFE, '\n', 'o', 'k'});

        int exit = run("parse", file.toString());

        assertThat(exit).isZero();
        assertThat(JSON.readTree(out.toString()).has("problems")).isTrue();
    }

    @Test
    void textOptionPrintsTheStoryNotJson() throws Exception {
        Path file = story("t.txt", "The kettle sang on the stove.\n");

        int exit = run("parse", "--text", file.toString());

        assertThat(exit).isZero();
        assertThat(out.toString()).contains("The kettle sang on the stove.").doesNotContain("\"source\"");
    }

    @Test
    void noArgumentsIsAUsageError() {
        int exit = run("parse");

        assertThat(exit).isEqualTo(CommandLine.ExitCode.USAGE);
        assertThat(err.toString()).contains("FILE");
    }
}
