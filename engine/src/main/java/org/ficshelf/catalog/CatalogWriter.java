package org.ficshelf.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.ficshelf.Work;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's single writer: turns each prepared item into catalog rows — a new work, a part
 * joined to its work, "already present", or a reject — each in one transaction, and counts.
 */
final class CatalogWriter {
    private static final String KNOWN = "SELECT sha256 FROM originals WHERE work_id IS NOT NULL";

    private final Connection c;
    private final long runId;
    private final ImportListener listener;
    private final boolean commitEach;
    private final @Nullable IndexFeed index;
    private @Nullable Written written;
    private int imported;
    private int already;
    private int assembled;
    private long bytes;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<Reject> rejects = new ArrayList<>();

    CatalogWriter(Connection c, long runId, ImportListener listener, boolean commitEach) {
        this(c, runId, listener, commitEach, null);
    }

    CatalogWriter(Connection c, long runId, ImportListener listener, boolean commitEach,
            @Nullable IndexFeed index) {
        this.c = c;
        this.runId = runId;
        this.listener = listener;
        this.commitEach = commitEach;
        this.index = index;
    }

    /** The work an item wrote, to index once its transaction commits (null work: load it). */
    private record Written(long id, @Nullable Work work, @Nullable String added) {
    }

    /** The addresses of the originals that already have a work. */
    static Set<String> knownShas(Connection c) throws CatalogException {
        try {
            return new HashSet<>(Sql.query(c, KNOWN, rs -> rs.getString(1)));
        } catch (SQLException e) {
            throw new CatalogException("cannot read the catalog: " + e.getMessage(), e);
        }
    }

    void write(Importer.Prepared p) throws SQLException, IOException {
        Item item = p.item();
        bytes += p.size() == null ? 0 : p.size();
        if (item.skip() != null) {
            if (!item.isContainer()) {
                skipped.merge(item.skip(), 1, Integer::sum);
            }
            listener.done(item.path(), Outcome.SKIPPED, item.skip(), item.diskBytes());
            return;
        }
        written = null;
        Outcome outcome = p.refusal() != null ? reject(p, p.refusal()) : work(p);
        commit();
        if (index != null && written != null) {
            index.written(written.id(), written.work(), written.added());
        }
        listener.done(item.path(), outcome, p.refusal(), item.diskBytes());
    }

    ImportSummary summary(Duration elapsed) {
        return new ImportSummary(runId, imported, already, assembled, rejects.size(), skipped, rejects, bytes,
                elapsed);
    }

    private Outcome reject(Importer.Prepared p, String reason) throws SQLException {
        String sha = p.sha();
        if (sha != null && OriginalStore.find(c, sha) == null) {
            OriginalStore.insert(c, sha, p.item().name(), p.item().path(), size(p), runId);
        }
        RejectStore.put(c, runId, p.item().path(), reason, sha);
        rejects.add(new Reject(p.item().path(), reason, sha, Instant.now().toString(), runId));
        return Outcome.REJECTED;
    }

    private Outcome work(Importer.Prepared p) throws SQLException {
        String sha = java.util.Objects.requireNonNull(p.sha());
        OriginalStore.Row row = OriginalStore.find(c, sha);
        if ((row != null && row.workId() != null) || p.work() == null) {
            already++;
            return Outcome.ALREADY_PRESENT;
        }
        if (row == null) {
            OriginalStore.insert(c, sha, p.item().name(), p.item().path(), size(p), runId);
        }
        RejectStore.forget(c, p.item().path());
        WorkRecord record = p.work().record();
        Parts.Number part = Parts.of(record);
        String key = part == null ? null : Parts.key(record);
        if (part == null || key == null) {
            return alone(sha, p.work());
        }
        return part(sha, p.work(), part, key);
    }

    /** A work of its own, from one original. */
    private Outcome alone(String sha, Work work) throws SQLException {
        String added = now();
        long id = WorkStore.insert(c, new WorkStore.Entry(work.record(), List.of(), 1, null), added, runId);
        OriginalStore.attach(c, sha, id, null, null, null);
        imported++;
        written = new Written(id, work, added);
        return Outcome.IMPORTED;
    }

    /** A part: starts its work, joins it, or (a second copy of a part number) stands alone. */
    private Outcome part(String sha, Work work, Parts.Number number, String key) throws SQLException {
        WorkRecord record = work.record();
        Long id = WorkStore.byPartKey(c, key);
        List<Parts.Part> parts = new ArrayList<>();
        if (id != null) {
            for (OriginalStore.Row r : OriginalStore.ofWork(c, id)) {
                if (r.part() != null && r.partRecord() != null) {
                    parts.add(new Parts.Part(r.part(), r.partOf(), parse(r.partRecord())));
                }
            }
            if (parts.stream().anyMatch(x -> x.part() == number.part())) {
                return alone(sha, work);
            }
        }
        parts.add(new Parts.Part(number.part(), number.of(), record));
        WorkStore.Entry entry = entry(parts, key);
        if (id == null) {
            String added = now();
            id = WorkStore.insert(c, entry, added, runId);
            imported++;
            written = new Written(id, new Work(entry.record(), work.body()), added);
        } else {
            WorkStore.rewrite(c, id, entry);
            assembled++;
            written = new Written(id, null, null);
        }
        OriginalStore.attach(c, sha, id, number.part(), number.of(), WorkJson.compact(record));
        return parts.size() == 1 ? Outcome.IMPORTED : Outcome.ASSEMBLED;
    }

    private static WorkStore.Entry entry(List<Parts.Part> parts, String key) {
        List<Parts.Part> sorted = new ArrayList<>(parts);
        sorted.sort((a, b) -> Integer.compare(a.part(), b.part()));
        List<@Nullable Integer> chapterParts = new ArrayList<>();
        for (Parts.Part p : sorted) {
            for (int i = 0; i < Parts.chaptersOf(p).size(); i++) {
                chapterParts.add(p.part());
            }
        }
        return new WorkStore.Entry(Parts.merge(sorted), chapterParts, sorted.size(), key);
    }

    static WorkRecord parse(String json) throws SQLException {
        try {
            return WorkJson.mapper().readValue(json, WorkRecord.class);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored record does not read back: " + e.getOriginalMessage(), e);
        }
    }

    private void commit() throws SQLException {
        if (commitEach) {
            c.commit();
        }
    }

    private static long size(Importer.Prepared p) {
        return p.size() == null ? 0 : p.size();
    }

    private static String now() {
        return Instant.now().toString();
    }
}
