package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;

/**
 * The SQL dialect of the catalog database. The schema and the stores use standard SQL that both
 * run; only connection set-up differs, and it is isolated here.
 */
enum Dialect {
    SQLITE, POSTGRESQL;

    static Dialect of(String jdbcUrl) {
        String url = jdbcUrl.toLowerCase(Locale.ROOT);
        if (url.startsWith("jdbc:sqlite:")) {
            return SQLITE;
        }
        if (url.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        throw new IllegalArgumentException("unsupported catalog database: " + jdbcUrl);
    }

    /** The dialect of an open connection's database. */
    static Dialect of(Connection c) throws SQLException {
        String product = c.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT);
        return product.contains("postgres") ? POSTGRESQL : SQLITE;
    }

    /**
     * Prepares a new connection. SQLite: write-ahead log, so readers never block the writer;
     * {@code synchronous=NORMAL}, which in WAL mode loses no committed transaction when the
     * process is killed, only the last ones on a power cut or OS crash, and those are recovered
     * by re-running the import, because the originals are forced to disk before their work is
     * committed ({@code FULL} would force the log on every work and cost more than it gives).
     */
    void configure(Connection c) throws SQLException {
        if (this == SQLITE) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA journal_mode=WAL");
                s.execute("PRAGMA synchronous=NORMAL");
                s.execute("PRAGMA foreign_keys=ON");
                s.execute("PRAGMA busy_timeout=10000");
            }
        }
    }
}
