package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;
import org.ficshelf.ChapterInfo;
import org.ficshelf.FieldInfo;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/** The works table with its chapters and field provenance; authors and tags via {@link TagStore}. */
final class WorkStore {
    private static final String NEXT = "SELECT COALESCE(MAX(id), 0) + 1 FROM works";
    private static final String INSERT = """
            INSERT INTO works (id, sha256, source_name, format, encoding, title, summary, rating,
                content_rating, language, words, complete, pov, parts, part_key, record, added, run_id)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""";
    private static final String UPDATE = """
            UPDATE works SET sha256 = ?, source_name = ?, format = ?, encoding = ?, title = ?, summary = ?,
                rating = ?, content_rating = ?, language = ?, words = ?, complete = ?, pov = ?, parts = ?,
                record = ?
            WHERE id = ?""";
    private static final String INSERT_CHAPTER = """
            INSERT INTO chapters (work_id, position, title, words, part) VALUES (?, ?, ?, ?, ?)""";
    private static final String INSERT_FIELD = """
            INSERT INTO work_fields (work_id, field, provenance, confidence) VALUES (?, ?, ?, ?)""";
    private static final String DELETE_CHAPTERS = "DELETE FROM chapters WHERE work_id = ?";
    private static final String DELETE_FIELDS = "DELETE FROM work_fields WHERE work_id = ?";
    private static final String BY_PART_KEY = "SELECT id FROM works WHERE part_key = ?";
    private static final String RECORD = "SELECT record, added, run_id FROM works WHERE id = ?";
    private static final List<String> CLEAR_ALL = List.of("DELETE FROM work_tags", "DELETE FROM work_authors",
            "DELETE FROM work_fields", "DELETE FROM chapters", "DELETE FROM works", "DELETE FROM tags",
            "DELETE FROM authors");

    private WorkStore() {
    }

    /** A work to write: its record, the part each chapter came from, and its assembly key. */
    record Entry(WorkRecord record, List<@Nullable Integer> chapterParts, int parts,
            @Nullable String partKey) {
    }

    static long insert(Connection c, Entry e, String added, long runId) throws SQLException {
        long id = Sql.count(c, NEXT);
        WorkRecord r = e.record();
        Sql.update(c, INSERT, id, r.source().sha256(), r.source().name(), r.source().format(),
                r.source().encoding(), r.title(), r.summary(), r.rating(), r.contentRating(), r.language(),
                r.words(), r.complete(), r.pov(), e.parts(), e.partKey(), WorkJson.compact(r), added, runId);
        writeParts(c, id, e);
        return id;
    }

    /** Replaces a work's values and derived rows (a part joined it); its id and key stay. */
    static void rewrite(Connection c, long id, Entry e) throws SQLException {
        WorkRecord r = e.record();
        Sql.update(c, DELETE_CHAPTERS, id);
        Sql.update(c, DELETE_FIELDS, id);
        TagStore.unlink(c, id);
        Sql.update(c, UPDATE, r.source().sha256(), r.source().name(), r.source().format(),
                r.source().encoding(), r.title(), r.summary(), r.rating(), r.contentRating(), r.language(),
                r.words(), r.complete(), r.pov(), e.parts(), WorkJson.compact(r), id);
        writeParts(c, id, e);
    }

    static @Nullable Long byPartKey(Connection c, String key) throws SQLException {
        return Sql.one(c, BY_PART_KEY, rs -> rs.getLong(1), key);
    }

    /** The stored record JSON, when and in which run it was added. */
    record Stored(String record, String added, long runId) {
    }

    static @Nullable Stored find(Connection c, long id) throws SQLException {
        return Sql.one(c, RECORD, rs -> new Stored(rs.getString(1), rs.getString(2), rs.getLong(3)), id);
    }

    /** Empties every table derived from the originals (for a rebuild). */
    static void clearAll(Connection c) throws SQLException {
        OriginalStore.detachAll(c);
        for (String sql : CLEAR_ALL) {
            Sql.update(c, sql);
        }
    }

    private static void writeParts(Connection c, long id, Entry e) throws SQLException {
        List<ChapterInfo> chapters = e.record().chapters();
        for (int i = 0; i < chapters.size(); i++) {
            Integer part = i < e.chapterParts().size() ? e.chapterParts().get(i) : null;
            Sql.update(c, INSERT_CHAPTER, id, i + 1, chapters.get(i).title(), chapters.get(i).words(), part);
        }
        for (Map.Entry<String, FieldInfo> f : e.record().fields().entrySet()) {
            Sql.update(c, INSERT_FIELD, id, f.getKey(), f.getValue().from().json(),
                    f.getValue().confidence());
        }
        TagStore.link(c, id, e.record());
    }
}
