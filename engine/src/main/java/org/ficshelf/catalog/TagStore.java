package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.ficshelf.WorkRecord;

/** The authors and tags tables and their joins to works. */
final class TagStore {
    /** The tag types, as AO3 names them (freeform = additional tags). */
    static final List<String> TYPES = List.of("fandom", "character", "relationship", "freeform", "rating",
            "warning", "category");

    private static final String FIND_AUTHOR = "SELECT id FROM authors WHERE name = ?";
    private static final String NEXT_AUTHOR = "SELECT COALESCE(MAX(id), 0) + 1 FROM authors";
    private static final String INSERT_AUTHOR = "INSERT INTO authors (id, name) VALUES (?, ?)";
    private static final String LINK_AUTHOR = """
            INSERT INTO work_authors (work_id, position, author_id) VALUES (?, ?, ?)""";
    private static final String FIND_TAG = "SELECT id FROM tags WHERE type = ? AND name = ?";
    private static final String NEXT_TAG = "SELECT COALESCE(MAX(id), 0) + 1 FROM tags";
    private static final String INSERT_TAG = "INSERT INTO tags (id, type, name) VALUES (?, ?, ?)";
    private static final String LINK_TAG = "INSERT INTO work_tags (work_id, tag_id) VALUES (?, ?)";
    private static final String UNLINK_AUTHORS = "DELETE FROM work_authors WHERE work_id = ?";
    private static final String UNLINK_TAGS = "DELETE FROM work_tags WHERE work_id = ?";
    static final String AUTHORS_OF = """
            SELECT a.name FROM work_authors wa JOIN authors a ON a.id = wa.author_id
            WHERE wa.work_id = ? ORDER BY wa.position""";

    private TagStore() {
    }

    static void link(Connection c, long workId, WorkRecord r) throws SQLException {
        int position = 0;
        for (String author : new LinkedHashSet<>(r.authors())) {
            Sql.update(c, LINK_AUTHOR, workId, position++, author(c, author));
        }
        linkAll(c, workId, "fandom", r.fandoms());
        linkAll(c, workId, "character", r.characters());
        linkAll(c, workId, "relationship", r.relationships());
        linkAll(c, workId, "freeform", r.tags());
        linkAll(c, workId, "rating", r.rating() == null ? List.of() : List.of(r.rating()));
        linkAll(c, workId, "warning", r.warnings());
        linkAll(c, workId, "category", r.categories());
    }

    static void unlink(Connection c, long workId) throws SQLException {
        Sql.update(c, UNLINK_AUTHORS, workId);
        Sql.update(c, UNLINK_TAGS, workId);
    }

    private static void linkAll(Connection c, long workId, String type, List<String> names)
            throws SQLException {
        Set<Long> ids = new LinkedHashSet<>();
        for (String name : names) {
            if (!name.isBlank()) {
                ids.add(tag(c, type, name.strip()));
            }
        }
        for (long id : ids) {
            Sql.update(c, LINK_TAG, workId, id);
        }
    }

    private static long author(Connection c, String name) throws SQLException {
        Long id = Sql.one(c, FIND_AUTHOR, rs -> rs.getLong(1), name);
        if (id != null) {
            return id;
        }
        long next = Sql.count(c, NEXT_AUTHOR);
        Sql.update(c, INSERT_AUTHOR, next, name);
        return next;
    }

    private static long tag(Connection c, String type, String name) throws SQLException {
        Long id = Sql.one(c, FIND_TAG, rs -> rs.getLong(1), type, name);
        if (id != null) {
            return id;
        }
        long next = Sql.count(c, NEXT_TAG);
        Sql.update(c, INSERT_TAG, next, type, name);
        return next;
    }
}
