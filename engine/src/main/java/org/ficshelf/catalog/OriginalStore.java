package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The originals table: every stored original, in the order first seen, with the name it came
 * by (a format hint a rebuild needs), where it was found and the work it belongs to (null for a
 * reject). A part of a multi-part work keeps its own record, from which the work is assembled.
 */
final class OriginalStore {
    private static final String COLUMNS = "sha256, seq, name, path, bytes, work_id, part, part_of, part_record";
    private static final String FIND = "SELECT " + COLUMNS + " FROM originals WHERE sha256 = ?";
    private static final String NEXT = "SELECT COALESCE(MAX(seq), 0) + 1 FROM originals";
    private static final String INSERT = """
            INSERT INTO originals (sha256, seq, name, path, bytes, added, run_id) VALUES (?, ?, ?, ?, ?, ?, ?)""";
    private static final String ATTACH = """
            UPDATE originals SET work_id = ?, part = ?, part_of = ?, part_record = ? WHERE sha256 = ?""";
    private static final String OF_WORK = "SELECT " + COLUMNS
            + " FROM originals WHERE work_id = ? ORDER BY part, seq";
    private static final String ALL = "SELECT " + COLUMNS + " FROM originals ORDER BY seq";
    private static final String DETACH_ALL = """
            UPDATE originals SET work_id = NULL, part = NULL, part_of = NULL, part_record = NULL""";

    private OriginalStore() {
    }

    /** One row of the table. */
    record Row(String sha256, long seq, String name, String path, long bytes, @Nullable Long workId,
            @Nullable Integer part, @Nullable Integer partOf, @Nullable String partRecord) {
    }

    static @Nullable Row find(Connection c, String sha) throws SQLException {
        return Sql.one(c, FIND, OriginalStore::row, sha);
    }

    /** Adds an original not yet in the table (no work yet). */
    static void insert(Connection c, String sha, String name, String path, long bytes, long runId)
            throws SQLException {
        Sql.update(c, INSERT, sha, Sql.count(c, NEXT), name, path, bytes, Instant.now().toString(), runId);
    }

    static void attach(Connection c, String sha, long workId, @Nullable Integer part,
            @Nullable Integer partOf,
            @Nullable String partRecord) throws SQLException {
        Sql.update(c, ATTACH, workId, part, partOf, partRecord, sha);
    }

    static List<Row> ofWork(Connection c, long workId) throws SQLException {
        return Sql.query(c, OF_WORK, OriginalStore::row, workId);
    }

    static List<Row> all(Connection c) throws SQLException {
        return Sql.query(c, ALL, OriginalStore::row);
    }

    static void detachAll(Connection c) throws SQLException {
        Sql.update(c, DETACH_ALL);
    }

    private static Row row(ResultSet rs) throws SQLException {
        long work = rs.getLong("work_id");
        Long workId = rs.wasNull() ? null : work;
        return new Row(rs.getString("sha256"), rs.getLong("seq"), rs.getString("name"), rs.getString("path"),
                rs.getLong("bytes"), workId, Sql.nullableInt(rs, "part"), Sql.nullableInt(rs, "part_of"),
                rs.getString("part_record"));
    }
}
