package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Read-side queries: a stored work with its originals, and the catalog's counts. */
final class Views {
    private static final String ORIGINALS = """
            SELECT sha256, path, bytes, part FROM originals WHERE work_id = ? ORDER BY part, seq""";
    private static final String TOTALS = "SELECT COUNT(*), COALESCE(SUM(words), 0) FROM works";
    private static final String BY_FANDOM = """
            SELECT t.name, COUNT(*) FROM work_tags wt JOIN tags t ON t.id = wt.tag_id
            WHERE t.type = 'fandom' GROUP BY t.name""";
    private static final String WITHOUT_FANDOM = """
            SELECT COUNT(*) FROM works w WHERE NOT EXISTS (
                SELECT 1 FROM work_tags wt JOIN tags t ON t.id = wt.tag_id
                WHERE wt.work_id = w.id AND t.type = 'fandom')""";
    private static final String BY_RATING = """
            SELECT COALESCE(rating, 'unknown'), COUNT(*) FROM works
            GROUP BY COALESCE(rating, 'unknown')""";
    private static final String BY_LANGUAGE = """
            SELECT COALESCE(language, 'unknown'), COUNT(*) FROM works
            GROUP BY COALESCE(language, 'unknown')""";
    private static final String ORIGINAL_COUNT = "SELECT COUNT(*) FROM originals";
    private static final String REJECT_COUNT = "SELECT COUNT(*) FROM rejects";

    private Views() {
    }

    static Optional<StoredWork> work(Connection c, long id) throws SQLException {
        WorkStore.Stored s = WorkStore.find(c, id);
        if (s == null) {
            return Optional.empty();
        }
        List<StoredWork.Original> originals = Sql.query(c, ORIGINALS, rs -> new StoredWork.Original(
                rs.getString(1), rs.getString(2), rs.getLong(3), Sql.nullableInt(rs, "part")), id);
        return Optional
                .of(new StoredWork(id, CatalogWriter.parse(s.record()), s.added(), s.runId(), originals));
    }

    static CatalogStats stats(Connection c) throws SQLException {
        long[] totals = Sql.one(c, TOTALS, rs -> new long[]{rs.getLong(1), rs.getLong(2)});
        Map<String, Long> fandoms = counts(c, BY_FANDOM);
        long without = Sql.count(c, WITHOUT_FANDOM);
        if (without > 0) {
            fandoms.put("(none)", without);
        }
        return new CatalogStats(totals[0], totals[1], fandoms, counts(c, BY_RATING), counts(c, BY_LANGUAGE),
                Sql.count(c, ORIGINAL_COUNT), Sql.count(c, REJECT_COUNT), RunStore.all(c));
    }

    /**
     * Counts by name, most first, ties by name (Java string order). Sorted here, not in SQL: a
     * PostgreSQL database's collation (often a locale's) would order names unlike SQLite's bytes.
     */
    private static Map<String, Long> counts(Connection c, String sql) throws SQLException {
        List<Map.Entry<String, Long>> rows = new ArrayList<>(
                Sql.query(c, sql, rs -> Map.entry(rs.getString(1), rs.getLong(2))));
        rows.sort(Map.Entry.<String, Long>comparingByValue().reversed()
                .thenComparing(Map.Entry.comparingByKey()));
        Map<String, Long> out = new LinkedHashMap<>();
        rows.forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }
}
