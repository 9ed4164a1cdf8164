package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.PostgresExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The commands with --db: the catalog in PostgreSQL, the originals and the index in the data directory. */
@ExtendWith(PostgresExtension.class)
class PostgresCatalogCommandTest {
    @TempDir
    Path dir;

    private StringWriter out = new StringWriter();
    private StringWriter err = new StringWriter();

    private int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        return Main.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(args);
    }

    @Test
    void importsIntoAPostgresCatalogAndSearchesShowsAndCountsIt() throws Exception {
        Path in = dir.resolve("in");
        Files.createDirectories(in);
        Files.writeString(in.resolve("a.txt"),
                "Title: Lanterns\nAuthor: Wren\n\nThe lanterns swung in the wind over the harbour.\n",
                StandardCharsets.UTF_8);
        Files.writeString(in.resolve("b.txt"),
                "Title: Tides\nAuthor: Moss\n\nThe tide came in over the sand.\n", StandardCharsets.UTF_8);
        String data = dir.resolve("data").toString();
        String db = CatalogDb.POSTGRESQL.url(dir.resolve("data"));

        assertThat(run("import", in.toString(), "--data", data, "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("imported 2 works");
        assertThat(Files.exists(dir.resolve("data/catalog.db"))).as("no SQLite catalog").isFalse();

        assertThat(run("search", "lanterns", "--data", data, "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("1 work found").contains("#1  Lanterns by Wren")
                .contains("[lanterns]").contains("Words: ");

        assertThat(run("show", "2", "--data", data, "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).contains("Tides");
        assertThat(run("stats", "--data", data, "--db", db)).as(err.toString()).isZero();
        assertThat(out.toString()).startsWith("2 works, ");

        assertThat(run("search", "lanterns", "--data", data)).as("without --db: no SQLite catalog")
                .isNotZero();
        assertThat(err.toString()).contains("catalog.db");
    }
}
