package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Collection;
import java.util.List;

/**
 * The journal of works whose search document may lag the catalog: a row is written in the
 * transaction that writes the work and deleted once an index commit covers it, so after a crash
 * {@link IndexSync} knows which documents to redo even when the index has one of that id.
 */
final class IndexPending {
    private static final String ADD = "INSERT INTO index_pending (work_id) VALUES (?) ON CONFLICT DO NOTHING";
    private static final String ALL = "SELECT work_id FROM index_pending ORDER BY work_id";
    private static final String CLEAR = "DELETE FROM index_pending";

    private IndexPending() {
    }

    /** Marks works as written but not yet durable in the index; in the caller's transaction. */
    static void add(Connection c, Collection<Long> ids) throws SQLException {
        if (ids.isEmpty()) {
            return;
        }
        try (PreparedStatement ps = c.prepareStatement(ADD)) {
            for (long id : ids) {
                ps.setLong(1, id);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The works marked, in id order. */
    static List<Long> all(Connection c) throws SQLException {
        return Sql.query(c, ALL, rs -> rs.getLong(1));
    }

    /** Unmarks every work: an index commit now covers all of them. In the caller's transaction. */
    static void clear(Connection c) throws SQLException {
        Sql.update(c, CLEAR);
    }
}
