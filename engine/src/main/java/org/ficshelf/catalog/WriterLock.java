package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Keeps two ficshelf processes from importing into one shared catalog database at once: the
 * catalog's writer assigns ids itself, so two writers would collide. On PostgreSQL it is a
 * session advisory lock keyed by the catalog's schema, which the server drops when a killed
 * writer's connection goes; the embedded SQLite catalog lives in the data directory, whose
 * {@code import.lock} already covers it.
 */
final class WriterLock implements AutoCloseable {
    private static final int NAMESPACE = 0x46534831; // "FSH1": ficshelf's writer locks
    private static final String TRY = "SELECT pg_try_advisory_lock(?, hashtext(current_schema()))";
    private static final String RELEASE = "SELECT pg_advisory_unlock(?, hashtext(current_schema()))";

    private final Connection c;
    private final boolean held;

    private WriterLock(Connection c, boolean held) {
        this.c = c;
        this.held = held;
    }

    /** Takes the lock on {@code c}'s catalog, or fails at once saying another writer has it. */
    static WriterLock take(Connection c) throws SQLException, CatalogException {
        if (Dialect.of(c) != Dialect.POSTGRESQL) {
            return new WriterLock(c, false);
        }
        Boolean got = Sql.one(c, TRY, rs -> rs.getBoolean(1), NAMESPACE);
        c.commit(); // a session lock: it outlives this transaction
        if (!Boolean.TRUE.equals(got)) {
            throw new CatalogException("another ficshelf is importing into this catalog database;"
                    + " wait for it to finish (PostgreSQL advisory lock held)");
        }
        return new WriterLock(c, true);
    }

    @Override
    public void close() throws SQLException {
        if (held) {
            c.rollback(); // whatever failed before, so that the unlock can run
            Sql.one(c, RELEASE, rs -> rs.getBoolean(1), NAMESPACE);
            c.commit();
        }
    }
}
