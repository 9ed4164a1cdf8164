package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;

/** The import_runs table: one row per import or rebuild, with its counts. */
final class RunStore {
    private static final String NEXT = "SELECT COALESCE(MAX(id), 0) + 1 FROM import_runs";
    private static final String INSERT = """
            INSERT INTO import_runs (id, kind, started, inputs) VALUES (?, ?, ?, ?)""";
    private static final String FINISH = """
            UPDATE import_runs SET finished = ?, imported = ?, already_present = ?, assembled = ?,
                rejected = ?
            WHERE id = ?""";
    private static final String ALL = """
            SELECT id, kind, started, finished, inputs, imported, already_present, assembled, rejected
            FROM import_runs ORDER BY id""";

    private RunStore() {
    }

    static long start(Connection c, String kind, String inputs) throws SQLException {
        long id = Sql.count(c, NEXT);
        Sql.update(c, INSERT, id, kind, Instant.now().toString(), inputs);
        return id;
    }

    static void finish(Connection c, long id, ImportSummary s) throws SQLException {
        Sql.update(c, FINISH, Instant.now().toString(), s.imported(), s.alreadyPresent(), s.assembled(),
                s.rejected(), id);
    }

    static List<RunInfo> all(Connection c) throws SQLException {
        return Sql.query(c, ALL, rs -> new RunInfo(rs.getLong("id"), rs.getString("kind"),
                rs.getString("started"), rs.getString("finished"), rs.getString("inputs"),
                rs.getInt("imported"), rs.getInt("already_present"), rs.getInt("assembled"),
                rs.getInt("rejected")));
    }
}
