package org.ficshelf.bench;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The mix translated to FTS5: a MATCH for the words, tag filters as {@code rowid IN} sub-queries
 * on the tags table, facets as GROUP BY counts over the matching rowids, the order by bm25 rank
 * or the works table, the deep page by OFFSET. Like Ficshelf, each query also counts its total
 * and fetches a snippet, title and authors for every hit of the page.
 */
final class Fts5Search implements SearchEngine {
    // The unary + keeps SQLite from handing the rowid set to FTS5 as a constraint: it would then
    // look up each work of the fandom in the MATCH's doclist, growing with the square of the
    // archive (52 s a query at 100k works); with it, FTS5 runs the MATCH and SQLite filters.
    private static final String FILTERS_IN = " AND +fts.rowid IN (SELECT doc FROM tags WHERE type = 'fandom' AND value = ?)";
    private static final String FILTERS_OUT = " AND +fts.rowid NOT IN (SELECT doc FROM tags WHERE type = 'character' AND value = ?)";
    private static final String HIT = "SELECT fts.rowid, fts.title, fts.authors, snippet(fts, 3, '[', ']', '...', 24) FROM fts";
    private static final int FACET_LIMIT = 20;

    private final Path db;
    /** For each deep-page query, the offset of its page, or of the last page when there are fewer. */
    private final Map<BenchQuery, Integer> offsets = new HashMap<>();

    Fts5Search(Path db) {
        this.db = db;
    }

    @Override
    public String name() {
        return "sqlite-fts5";
    }

    @Override
    public void prepare(List<BenchQuery> mix) throws Exception {
        try (Session s = session()) {
            for (BenchQuery q : mix) {
                if (q.page() > 1) {
                    long total = s.run(
                            new BenchQuery(q.kind(), q.words(), q.includeFandom(), q.excludeCharacter(), 1));
                    long lastPage = Math.max(0, (total - 1) / BenchQuery.PAGE_SIZE);
                    offsets.put(q, (int) Math.min(q.page() - 1, lastPage) * BenchQuery.PAGE_SIZE);
                }
            }
        }
    }

    @Override
    public Session session() throws SQLException {
        Connection c = DriverManager.getConnection(Fts5Baseline.url(db));
        Fts5Baseline.configure(c);
        return new Sql(c, offsets);
    }

    @Override
    public void close() {
    }

    /** One client's connection, with its statements prepared once. */
    private static final class Sql implements Session {
        private final Connection c;
        private final Map<String, PreparedStatement> statements = new HashMap<>();
        private final Map<BenchQuery, Integer> offsets;

        Sql(Connection c, Map<BenchQuery, Integer> offsets) {
            this.c = c;
            this.offsets = offsets;
        }

        @Override
        public long run(BenchQuery q) throws SQLException {
            String match = "\"" + String.join(" ", q.words()) + "\"";
            String where = " WHERE fts MATCH ?" + (q.includeFandom() != null ? FILTERS_IN : "")
                    + (q.excludeCharacter() != null ? FILTERS_OUT : "");
            long total = scalar("SELECT count(*) FROM fts" + where, q, match);
            String page = switch (q.kind()) {
                case SORTED -> HIT + " JOIN docs ON docs.id = fts.rowid" + where
                        + " ORDER BY docs.words DESC, docs.id LIMIT ? OFFSET ?";
                default -> HIT + where + " ORDER BY rank LIMIT ? OFFSET ?";
            };
            PreparedStatement s = bind(page, q, match);
            int at = parameters(q) + 1;
            s.setInt(at, BenchQuery.PAGE_SIZE);
            s.setInt(at + 1, offsets.getOrDefault(q, (q.page() - 1) * BenchQuery.PAGE_SIZE));
            drain(s);
            if (q.kind() == BenchQuery.Kind.FACETS) {
                facets(match);
            }
            return total;
        }

        /** Top values per tag type over the matching works. */
        private void facets(String match) throws SQLException {
            PreparedStatement s = statement("SELECT type, value, count(*) AS n FROM tags WHERE doc IN "
                    + "(SELECT rowid FROM fts WHERE fts MATCH ?) AND type IN ('fandom', 'character', 'relationship') "
                    + "GROUP BY type, value ORDER BY type, n DESC");
            s.setString(1, match);
            Map<String, List<String>> top = new HashMap<>();
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    List<String> values = top.computeIfAbsent(rs.getString(1), t -> new ArrayList<>());
                    if (values.size() < FACET_LIMIT) {
                        values.add(rs.getString(2).toLowerCase(Locale.ROOT) + "=" + rs.getInt(3));
                    }
                }
            }
        }

        private long scalar(String sql, BenchQuery q, String match) throws SQLException {
            try (ResultSet rs = bind(sql, q, match).executeQuery()) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        }

        private PreparedStatement bind(String sql, BenchQuery q, String match) throws SQLException {
            PreparedStatement s = statement(sql);
            int i = 1;
            s.setString(i++, match);
            if (q.includeFandom() != null) {
                s.setString(i++, q.includeFandom().toLowerCase(Locale.ROOT));
            }
            if (q.excludeCharacter() != null) {
                s.setString(i, q.excludeCharacter().toLowerCase(Locale.ROOT));
            }
            return s;
        }

        private static int parameters(BenchQuery q) {
            return 1 + (q.includeFandom() != null ? 1 : 0) + (q.excludeCharacter() != null ? 1 : 0);
        }

        private static void drain(PreparedStatement s) throws SQLException {
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    rs.getLong(1);
                    rs.getString(2);
                    rs.getString(3);
                    rs.getString(4);
                }
            }
        }

        private PreparedStatement statement(String sql) throws SQLException {
            PreparedStatement s = statements.get(sql);
            if (s == null) {
                s = c.prepareStatement(sql);
                statements.put(sql, s);
            }
            return s;
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement s : statements.values()) {
                s.close();
            }
            c.close();
        }
    }
}
