package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The rejects table: the latest reason each path could not be imported. */
final class RejectStore {
    private static final String FORGET = "DELETE FROM rejects WHERE path = ?";
    private static final String NEXT = "SELECT COALESCE(MAX(id), 0) + 1 FROM rejects";
    private static final String INSERT = """
            INSERT INTO rejects (id, path, reason, sha256, rejected, run_id) VALUES (?, ?, ?, ?, ?, ?)""";
    private static final String ALL = """
            SELECT path, reason, sha256, rejected, run_id FROM rejects ORDER BY id""";

    private RejectStore() {
    }

    /** Records a reject, replacing an earlier one for the same path. */
    static void put(Connection c, long runId, String path, String reason, @Nullable String sha256)
            throws SQLException {
        Sql.update(c, FORGET, path);
        Sql.update(c, INSERT, Sql.count(c, NEXT), path, reason, sha256, Instant.now().toString(), runId);
    }

    /** Forgets a path's reject once it imported. */
    static void forget(Connection c, String path) throws SQLException {
        Sql.update(c, FORGET, path);
    }

    static List<Reject> all(Connection c) throws SQLException {
        return Sql.query(c, ALL, rs -> new Reject(rs.getString("path"), rs.getString("reason"),
                rs.getString("sha256"), rs.getString("rejected"), rs.getLong("run_id")));
    }
}
