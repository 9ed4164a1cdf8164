package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkReader;
import org.ficshelf.WorkRecord;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.KilledImports;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/**
 * An import killed with SIGKILL at random points, 20 times, and resumed each time: after every
 * kill the catalog shows no partial work and no work without its original; at the end every
 * original is present and byte-identical and every file is a complete work. On SQLite always; on
 * PostgreSQL with {@code -Dficshelf.crashtest.postgresql=true} (it passes there too, but would
 * double the suite's slowest test).
 */
@OnBothCatalogs
class CrashTest {
    @Parameter
    CatalogDb db;

    private static final int KILLS = 20;
    private static final int FILES = 300;

    @TempDir
    Path tmp;

    @Test
    void anImportKilledAtRandomPointsFinishesWhenRunAgain() throws Exception {
        assumeTrue(db == CatalogDb.SQLITE || Boolean.getBoolean("ficshelf.crashtest.postgresql"),
                "on PostgreSQL only with -Dficshelf.crashtest.postgresql=true");
        Path in = KilledImports.corpus(tmp.resolve("in"), FILES);
        Path data = tmp.resolve("data");
        List<Long> progress = new ArrayList<>();
        if (db != CatalogDb.SQLITE) {
            ImportTest.open(db, data).close(); // the schema exists from the start, as catalog.db below
        }
        int kills = KilledImports.killRepeatedly(KILLS, FILES, new Random(20261122L), () -> child(in, data),
                killed -> {
                    if (db != CatalogDb.SQLITE || Files.exists(data.resolve("catalog.db"))) {
                        assertConsistent(data);
                        progress.add(works(data));
                    }
                });
        assertThat(progress).as("works visible after each kill").isSorted();
        Process last = child(in, data);
        assertThat(last.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();

        assertThat(kills).isEqualTo(KILLS);
        assertConsistent(data);
        assertEveryFileIsAWork(in, data);
    }

    private Process child(Path in, Path data) throws IOException {
        return KilledImports.start(CrashImportChild.class, in.toString(), data.toString(), db.url(data));
    }

    private long works(Path data) throws Exception {
        try (Connection c = db.connect(data)) {
            return Sql.count(c, "SELECT COUNT(*) FROM works");
        }
    }

    /** No partial work: each work has all its rows; each catalogued original is on disk, intact. */
    private void assertConsistent(Path data) throws Exception {
        try (Connection c = db.connect(data)) {
            for (String[] w : Sql.query(c, "SELECT id, record FROM works", rs -> new String[]{rs.getString(1),
                    rs.getString(2)})) {
                WorkRecord r = WorkJson.mapper().readValue(w[1], WorkRecord.class);
                long id = Long.parseLong(w[0]);
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM chapters WHERE work_id = ?", id))
                        .isEqualTo(r.chapters().size());
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM work_authors WHERE work_id = ?", id))
                        .isEqualTo(r.authors().stream().distinct().count());
                assertThat(Sql.count(c, "SELECT COUNT(*) FROM originals WHERE work_id = ?", id)).isEqualTo(1);
            }
            Originals store = new Originals(data.resolve("originals"));
            for (String sha : Sql.query(c, "SELECT sha256 FROM originals", rs -> rs.getString(1))) {
                assertThat(WorkReader.sha256(store.get(sha).orElseThrow())).isEqualTo(sha);
            }
        }
    }

    private void assertEveryFileIsAWork(Path in, Path data) throws Exception {
        List<Path> files = new ArrayList<>();
        try (Stream<Path> s = Files.walk(in)) {
            s.filter(Files::isRegularFile).forEach(files::add);
        }
        Originals store = new Originals(data.resolve("originals"));
        try (Connection c = db.connect(data)) {
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM works")).isEqualTo(FILES);
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM rejects")).isZero();
            for (Path f : files) {
                byte[] bytes = Files.readAllBytes(f);
                String sha = WorkReader.sha256(bytes);
                assertThat(store.get(sha)).as(f.toString())
                        .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes));
                assertThat(Sql.count(c,
                        "SELECT COUNT(*) FROM originals WHERE sha256 = ? AND work_id IS NOT NULL", sha))
                        .as(f.toString()).isEqualTo(1);
            }
        }
        try (Stream<Path> s = Files.walk(data.resolve("originals"))) {
            assertThat(s.filter(p -> p.getFileName().toString().startsWith(".tmp-"))).isEmpty();
        }
        assertThat(new String(Files.readAllBytes(files.get(0)), StandardCharsets.UTF_8)).startsWith("Title:");
    }
}
