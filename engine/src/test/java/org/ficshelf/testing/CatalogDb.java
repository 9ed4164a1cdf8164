package org.ficshelf.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The database a test's catalog lives in: the embedded SQLite file in the data directory, or a
 * schema of its own in the test JVM's PostgreSQL ({@link TestPostgres}), one per data directory.
 * Tests annotated {@link OnBothCatalogs} run once with each.
 */
public enum CatalogDb {
    SQLITE {
        @Override
        public String url(Path dataDir) {
            try {
                Files.createDirectories(dataDir);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return "jdbc:sqlite:" + dataDir.resolve("catalog.db").toAbsolutePath();
        }

        @Override
        public void drop(Path dataDir) throws IOException {
            for (String f : List.of("catalog.db", "catalog.db-wal", "catalog.db-shm")) {
                Files.deleteIfExists(dataDir.resolve(f));
            }
        }
    },
    POSTGRESQL {
        @Override
        public String url(Path dataDir) {
            String schema = SCHEMAS.computeIfAbsent(dataDir.toAbsolutePath(), d -> create());
            return TestPostgres.shared().url(schema);
        }

        @Override
        public void drop(Path dataDir) throws SQLException {
            String schema = SCHEMAS.remove(dataDir.toAbsolutePath());
            if (schema != null) {
                dropSchemas(List.of(schema));
            }
        }
    };

    private static final Map<Path, String> SCHEMAS = new ConcurrentHashMap<>();
    private static final AtomicInteger NEXT = new AtomicInteger();

    /** The JDBC URL of the catalog of {@code dataDir}; the same directory gives the same catalog. */
    public abstract String url(Path dataDir);

    /** Loses the catalog of {@code dataDir} (the originals stay), as a deleted catalog file would. */
    public abstract void drop(Path dataDir) throws IOException, SQLException;

    /** A connection to the catalog of {@code dataDir}, for checks (the caller closes it). */
    public Connection connect(Path dataDir) throws SQLException {
        return DriverManager.getConnection(url(dataDir));
    }

    /** Drops every PostgreSQL schema made so far (after a test class). */
    static void dropAll() throws SQLException {
        List<String> schemas = new ArrayList<>(SCHEMAS.values());
        SCHEMAS.clear();
        if (!schemas.isEmpty()) {
            dropSchemas(schemas);
        }
    }

    private static String create() {
        String schema = "catalog_" + NEXT.incrementAndGet();
        try (Connection c = TestPostgres.shared().connect(); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException(
                    "cannot create a schema in the test PostgreSQL: " + e.getMessage(), e);
        }
        return schema;
    }

    private static void dropSchemas(List<String> schemas) throws SQLException {
        try (Connection c = TestPostgres.shared().connect(); Statement s = c.createStatement()) {
            s.execute("SET lock_timeout = '5s'");
            for (String schema : schemas) {
                s.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
            }
        }
    }
}
