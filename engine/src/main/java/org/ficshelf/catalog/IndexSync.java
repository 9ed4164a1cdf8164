package org.ficshelf.catalog;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ficshelf.search.SearchBackend;

/**
 * Brings the search index in line with the catalog (the truth; the index is derived): works
 * the index lacks, and works the {@link IndexPending} journal says were written after the
 * index's last commit (it may hold an older document of theirs), are read again from their
 * originals and indexed; works the catalog no longer has are removed. With {@code full} the
 * index is cleared and rebuilt from scratch.
 */
final class IndexSync {
    private static final String IDS = "SELECT id FROM works ORDER BY id";

    private IndexSync() {
    }

    /** Syncs and returns how many works were indexed or removed (0 when they already agreed). */
    static int run(Connection c, Originals originals, SearchBackend index, boolean full)
            throws SQLException, IOException {
        List<Long> catalog = Sql.query(c, IDS, rs -> rs.getLong(1));
        Set<Long> indexed = new HashSet<>();
        Set<Long> redo = new HashSet<>(IndexPending.all(c)); // documents maybe older than the catalog
        if (full) {
            index.clear();
        } else {
            index.forEachId(indexed::add);
            if (redo.isEmpty() && index.count() == catalog.size() && indexed.containsAll(catalog)) {
                return 0;
            }
        }
        int changed = 0;
        Set<Long> inCatalog = new HashSet<>(catalog);
        for (long id : indexed) {
            if (!inCatalog.contains(id)) {
                index.delete(id);
                changed++;
            }
        }
        try (IndexFeed feed = new IndexFeed(index, originals, Runtime.getRuntime().availableProcessors(),
                false)) {
            for (long id : catalog) {
                if (!indexed.contains(id) || redo.contains(id)) {
                    feed.submit(List.of(IndexFeed.job(c, id, null, null)));
                    changed++;
                }
            }
            feed.finish();
            IndexPending.clear(c);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new CatalogException("the index sync was interrupted", e);
        }
        c.commit();
        return changed;
    }
}
