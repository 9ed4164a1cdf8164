package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.ficshelf.Archive;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.lucene.LuceneBackend;
import org.ficshelf.testing.KilledImports;
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
        Path in = KilledImports.corpus(tmp.resolve("in"), FILES);
        Path data = tmp.resolve("data");
        int[] lagging = {0};
        int kills = KilledImports.killRepeatedly(KILLS, FILES, new Random(20261122L), () -> child(in, data),
                killed -> {
                    if (Files.exists(data.resolve("catalog.db"))
                            && Files.isDirectory(data.resolve("index"))) {
                        Set<Long> catalog = catalogIds(data);
                        Set<Long> index = indexIds(data);
                        assertThat(catalog).as("the catalog after kill %d", killed).containsAll(index);
                        lagging[0] += catalog.size() > index.size() ? 1 : 0;
                    }
                });
        Process last = child(in, data);
        assertThat(last.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(last.exitValue()).isZero();

        assertThat(kills).isEqualTo(KILLS);
        assertThat(lagging[0]).as("kills that left the index behind the catalog, for the next open to repair")
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

    private static Process child(Path in, Path data) throws IOException {
        return KilledImports.start(IndexCrashChild.class, in.toString(), data.toString());
    }
}
