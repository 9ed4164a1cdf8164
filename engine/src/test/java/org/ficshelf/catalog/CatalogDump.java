package org.ficshelf.catalog;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSetMetaData;
import java.util.ArrayList;
import java.util.List;
import org.ficshelf.testing.CatalogDb;

/** The catalog's derived content as text, times and run ids left out, for comparing two catalogs. */
final class CatalogDump {
    private static final List<String> QUERIES = List.of(
            "SELECT id, sha256, source_name, format, encoding, title, summary, rating, content_rating, language,"
                    + " words, complete, pov, parts, part_key, record FROM works ORDER BY id",
            "SELECT sha256, seq, name, path, bytes, work_id, part, part_of, part_record FROM originals ORDER BY seq",
            "SELECT work_id, position, title, words, part FROM chapters ORDER BY work_id, position",
            "SELECT id, type, name FROM tags ORDER BY id",
            "SELECT work_id, tag_id FROM work_tags ORDER BY work_id, tag_id",
            "SELECT id, name FROM authors ORDER BY id",
            "SELECT work_id, position, author_id FROM work_authors ORDER BY work_id, position",
            "SELECT work_id, field, provenance, confidence FROM work_fields ORDER BY work_id, field",
            "SELECT path, reason, sha256 FROM rejects ORDER BY path");

    private CatalogDump() {
    }

    static List<String> of(CatalogDb db, Path dataDir) throws Exception {
        List<String> out = new ArrayList<>();
        try (Connection c = db.connect(dataDir)) {
            for (String q : QUERIES) {
                out.add("-- " + q);
                out.addAll(Sql.query(c, q, rs -> {
                    ResultSetMetaData m = rs.getMetaData();
                    StringBuilder b = new StringBuilder();
                    for (int i = 1; i <= m.getColumnCount(); i++) {
                        b.append(i == 1 ? "" : " | ").append(rs.getString(i));
                    }
                    return b.toString();
                }));
            }
        }
        return out;
    }
}
