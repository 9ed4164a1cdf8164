package org.ficshelf.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Brings a catalog database to the schema this program knows, applying the numbered migration
 * files listed in {@code migrations.txt}, each in its own transaction with its version row. The
 * version lives in the database ({@code schema_version}); a newer schema is refused.
 */
final class Migrator {
    private static final String VERSION_TABLE = """
            CREATE TABLE IF NOT EXISTS schema_version (
                version INTEGER NOT NULL PRIMARY KEY,
                applied VARCHAR(40) NOT NULL
            )""";
    private static final String CURRENT = "SELECT MAX(version) FROM schema_version";
    private static final String RECORD = "INSERT INTO schema_version (version, applied) VALUES (?, ?)";

    private final List<String> migrations;

    Migrator(List<String> migrations) {
        this.migrations = List.copyOf(migrations);
    }

    /** The migrations shipped with this program. */
    static Migrator shipped() throws IOException {
        List<String> names = new ArrayList<>();
        for (String line : resource("migrations.txt").split("\n")) {
            String l = line.strip();
            if (!l.isEmpty() && !l.startsWith("#")) {
                names.add(l);
            }
        }
        return new Migrator(names);
    }

    /** The schema version this program knows. */
    int known() {
        return migrations.size();
    }

    /** Applies the missing migrations; returns the resulting version. */
    int migrate(Connection c) throws SQLException, IOException {
        boolean auto = c.getAutoCommit();
        c.setAutoCommit(false);
        try {
            try (Statement s = c.createStatement()) {
                s.execute(VERSION_TABLE);
            }
            c.commit();
            int current = (int) Sql.count(c, CURRENT);
            if (current > known()) {
                throw new CatalogException("the catalog has schema version " + current
                        + " but this ficshelf knows versions up to " + known()
                        + "; use a newer ficshelf (the catalog was left unchanged)");
            }
            for (int v = current + 1; v <= known(); v++) {
                apply(c, v);
            }
            return known();
        } finally {
            c.setAutoCommit(auto);
        }
    }

    private void apply(Connection c, int version) throws SQLException, IOException {
        String name = migrations.get(version - 1);
        try (Statement s = c.createStatement()) {
            for (String statement : statements(resource(name))) {
                s.execute(statement);
            }
            Sql.update(c, RECORD, version, Instant.now().toString());
            c.commit();
        } catch (SQLException e) {
            c.rollback();
            throw new CatalogException("migration " + name + " failed: " + e.getMessage(), e);
        }
    }

    /** The statements of a migration file: ';' ends one at the end of a line; '--' lines are comments. */
    static List<String> statements(String script) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String line : script.split("\n")) {
            String l = line.strip();
            if (l.startsWith("--") || l.isEmpty()) {
                continue;
            }
            current.append(line).append('\n');
            if (l.endsWith(";")) {
                String sql = current.toString().strip();
                out.add(sql.substring(0, sql.length() - 1));
                current.setLength(0);
            }
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Migrator.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new CatalogException("missing schema migration resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
