package org.ficshelf.catalog;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.ficshelf.Work;
import org.ficshelf.WorkReader;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchBackend;
import org.jspecify.annotations.Nullable;

/**
 * Feeds the works the catalog writer has written to the search index, from the writer thread.
 * Live (an import): each work after its transaction commits, visible within a second, durable
 * per batch. Not live (a rebuild): nothing is shown or made durable until {@link #finish()}.
 */
final class IndexFeed {
    /** Works between index commits during an import. */
    static final int COMMIT_EVERY = 500;
    private static final long COMMIT_NANOS = 10_000_000_000L;
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final String ADDED = "SELECT added FROM works WHERE id = ?";

    private final SearchBackend index;
    private final Connection c;
    private final Originals originals;
    private final boolean live;
    private final WorkReader reader = new WorkReader();
    private int uncommitted;
    private long lastCommit = System.nanoTime();
    private long lastRefresh = lastCommit;

    IndexFeed(SearchBackend index, Connection c, Originals originals, boolean live) {
        this.index = index;
        this.c = c;
        this.originals = originals;
        this.live = live;
    }

    /**
     * Indexes work {@code id}: from {@code parsed} when the catalog holds exactly that work,
     * else (an assembled multi-part work) from the catalog's record and its originals.
     */
    void written(long id, @Nullable Work parsed, @Nullable String added) throws SQLException, IOException {
        Work work = parsed != null ? parsed : load(c, originals, reader, id);
        index.index(IndexedWork.of(id, work, added != null ? instant(added) : added(c, id)));
        uncommitted++;
        if (!live) {
            return;
        }
        long now = System.nanoTime();
        if (uncommitted >= COMMIT_EVERY || now - lastCommit >= COMMIT_NANOS) {
            index.commit();
            uncommitted = 0;
            lastCommit = now;
        }
        if (now - lastRefresh >= REFRESH_NANOS) {
            index.refresh();
            lastRefresh = now;
        }
    }

    /** Makes every work fed so far durable and visible. */
    void finish() {
        index.commit();
        index.refresh();
        uncommitted = 0;
    }

    /**
     * A catalogued work rebuilt for indexing: the catalog's record (the truth) with the story
     * text read again from its originals, parts in part order.
     */
    static Work load(Connection c, Originals originals, WorkReader reader, long id)
            throws SQLException, IOException {
        WorkStore.Stored stored = WorkStore.find(c, id);
        if (stored == null) {
            throw new CatalogException("work " + id + " is not in the catalog");
        }
        WorkRecord record = CatalogWriter.parse(stored.record());
        List<Chapter> chapters = new ArrayList<>();
        for (OriginalStore.Row r : OriginalStore.ofWork(c, id)) {
            byte[] bytes = originals.get(r.sha256())
                    .orElseThrow(() -> new CatalogException("the original " + r.sha256() + " of work " + id
                            + " is missing"));
            chapters.addAll(reader.read(bytes, r.name()).body().chapters());
        }
        return new Work(record, new Document(chapters));
    }

    static Instant added(Connection c, long id) throws SQLException {
        String added = Sql.one(c, ADDED, rs -> rs.getString(1), id);
        return added == null ? Instant.EPOCH : instant(added);
    }

    private static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }
}
