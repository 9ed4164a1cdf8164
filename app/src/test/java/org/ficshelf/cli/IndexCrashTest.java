package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.ficshelf.Archive;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.lucene.LuceneBackend;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An import with its search index killed with SIGKILL at random points, 20 times, and resumed
 * each time: after every kill the index holds no work the catalog lacks (it may lag: the next
 * open catches it up from the originals); at the end every original is present and intact, and
 * catalog and index hold the same works.
 */
class IndexCrashTest {
    private static final int KILLS = 20;
    private static final int FILES = 240;

    @TempDir
    Path tmp;

    @Test
    void anIndexedImportKilledAtRandomPointsEndsWithCatalogAndIndexInAgreement() throws Exception {
        Path in = corpus(tmp.resolve("in"));
        Path data = tmp.resolve("data");
        Random random = new Random(20261122L);
        int kills = 0;
        int runs = 0;
        int lagging = 0;
        while (kills < KILLS && runs < KILLS * 3) {
            runs++;
            Process p = child(in, data);
            if (random.nextInt(5) > 0) {
                await(p, "ready", 1);
                await(p, "imported", random.nextInt(FILES / KILLS));
                Thread.sleep(random.nextInt(20));
            }
            if (p.isAlive()) {
                p.destroyForcibly();
                kills++;
            }
            p.waitFor(30, TimeUnit.SECONDS);
            if (Files.exists(data.resolve("catalog.db")) && Files.isDirectory(data.resolve("index"))) {
                Set<Long> catalog = catalogIds(data);
                Set<Long> index = indexIds(data);
                assertThat(catalog).as("the catalog after kill %d", kills).containsAll(index);
                lagging += catalog.size() > index.size() ? 1 : 0;
            }
        }
        Process last = child(in, data);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();

        assertThat(kills).isEqualTo(KILLS);
        assertThat(lagging).as("kills that left the index behind the catalog, for the next open to repair")
                .isPositive();
        Set<Long> catalog = catalogIds(data);
        assertThat(catalog).hasSize(FILES);
        assertThat(indexIds(data)).isEqualTo(catalog);
        assertEveryOriginalIsIntact(in, data);
        try (Archive a = Indexes.openExisting(data)) {
            assertThat(a.reindexedOnOpen()).isZero();
            assertThat(a.search(SearchQuery.of("title:\"Crash 117\"")).hits()).hasSize(1);
        }
    }

    private static Path corpus(Path dir) throws Exception {
        Random r = new Random(7);
        for (int i = 0; i < FILES; i++) {
            StringBuilder s = new StringBuilder(
                    "Title: Crash " + i + "\nAuthor: Tester " + (i % 17) + "\n\n");
            int paragraphs = 3 + r.nextInt(20);
            for (int k = 0; k < paragraphs; k++) {
                s.append("Line ").append(k).append(" of story ").append(i)
                        .append(": the lamp flickered.\n\n");
            }
            Path f = dir.resolve("d" + (i % 10)).resolve("s" + i + ".txt");
            Files.createDirectories(f.getParent());
            Files.writeString(f, s, StandardCharsets.UTF_8);
        }
        return dir;
    }

    private static Set<Long> catalogIds(Path data) throws Exception {
        Set<Long> ids = new TreeSet<>();
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("catalog.db"));
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("SELECT id FROM works")) {
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
        }
        return ids;
    }

    private static Set<Long> indexIds(Path data) {
        Set<Long> ids = new TreeSet<>();
        try (LuceneBackend index = LuceneBackend.open(data.resolve(Indexes.INDEX_DIR))) {
            index.forEachId(ids::add);
        }
        return ids;
    }

    private static void assertEveryOriginalIsIntact(Path in, Path data) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        try (Archive a = Archive.openExisting(data);
                var files = Files.walk(in)) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                byte[] bytes = Files.readAllBytes(f);
                String address = HexFormat.of().formatHex(sha.digest(bytes));
                assertThat(a.original(address)).as(f.toString()).hasValueSatisfying(
                        b -> assertThat(b).isEqualTo(bytes));
            }
        }
    }

    private static Process child(Path in, Path data) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = List.of(java, "-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", cp, IndexCrashChild.class.getName(),
                in.toString(),
                data.toString());
        return new ProcessBuilder(cmd).redirectError(new File("/dev/null")).start();
    }

    /** Waits until the child has said {@code word} n times (or ended). */
    private static void await(Process p, String word, int n) throws Exception {
        InputStream out = p.getInputStream();
        byte[] w = word.getBytes(StandardCharsets.US_ASCII);
        int matched = 0;
        int seen = 0;
        int b;
        while (seen < n && (b = out.read()) >= 0) {
            matched = b == w[matched] ? matched + 1 : (b == w[0] ? 1 : 0);
            if (matched == w.length) {
                seen++;
                matched = 0;
            }
        }
    }
}
