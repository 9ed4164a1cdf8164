package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** export writes a stored work in each download format. */
class ExportCommandTest {
    private static final String STORY = "Title: Lanterns\nAuthor: Wren\n\nThe lanterns swung in the wind.\n";

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute(args);
    }

    @Test
    void exportsAStoredWorkInEveryFormat() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"), STORY, StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        assertThat(run("import", in.toString(), "--data", data)).isZero();

        for (String format : new String[]{"epub", "html", "txt", "original"}) {
            Path out = dir.resolve("work." + format);
            assertThat(run("export", "1", "--format", format, "--out", out.toString(), "--data", data))
                    .as("%s: %s", format, err).isZero();
        }
        byte[] epub = Files.readAllBytes(dir.resolve("work.epub"));
        assertThat(new String(epub, 30, 28, StandardCharsets.US_ASCII))
                .isEqualTo("mimetypeapplication/epub+zip");
        assertThat(Files.readString(dir.resolve("work.html"), StandardCharsets.UTF_8))
                .contains("<h1 class=\"work-title\">Lanterns</h1>");
        assertThat(Files.readString(dir.resolve("work.txt"), StandardCharsets.UTF_8))
                .startsWith("Lanterns\nby Wren\n")
                .contains("The lanterns swung in the wind.");
        assertThat(Files.readString(dir.resolve("work.original"), StandardCharsets.UTF_8)).isEqualTo(STORY);

        assertThat(run("export", "9", "--format", "txt", "--data", data))
                .isEqualTo(ErrorHandler.EXIT_SOFTWARE);
        assertThat(err.toString()).contains("no work 9");
    }
}
