package org.ficshelf.catalog;

import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.ficshelf.Work;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkReader;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/**
 * The catalog's single writer: turns each prepared item into catalog rows — a new work, a part
 * joined to its work, "already present", or a reject — and counts. Items are written in
 * batches, each one transaction (an import; a rebuild is one transaction in all): before a
 * batch commits, the originals it refers to are made durable together (see {@link Originals});
 * after it commits, its works go to the index and the listener hears of its items.
 */
final class CatalogWriter {
    private final Connection c;
    private final long runId;
    private final ImportListener listener;
    private final boolean commitEach;
    private final Originals originals;
    private final @Nullable IndexFeed index;
    private final WorkReader reader = new WorkReader();
    private int imported;
    private int already;
    private int assembled;
    private long bytes;
    private final Map<String, Integer> skipped = new TreeMap<>();
    private final List<Reject> rejects = new ArrayList<>();
    private final Batch batch = new Batch();

    CatalogWriter(Connection c, long runId, ImportListener listener, boolean commitEach, Originals originals,
            @Nullable IndexFeed index) {
        this.c = c;
        this.runId = runId;
        this.listener = listener;
        this.commitEach = commitEach;
        this.originals = originals;
        this.index = index;
    }

    /** The work an item wrote, to index once its transaction commits (null work: load it). */
    private record Written(long id, @Nullable Work work, @Nullable String added) {
    }

    /** What the listener hears of an item once its batch commits. */
    private record Done(String path, Outcome outcome, @Nullable String detail, long diskBytes) {
    }

    /** The items written since the last commit. */
    private static final class Batch {
        final List<Originals.Pending> pending = new ArrayList<>();
        final Map<Long, Written> written = new LinkedHashMap<>();
        final List<Done> done = new ArrayList<>();
        long started;

        void clear() {
            pending.clear();
            written.clear();
            done.clear();
        }
    }

    /** How many items the open batch holds. */
    int batchSize() {
        return batch.done.size();
    }

    /** Nanoseconds since the open batch's first item was written. */
    long batchAge() {
        return batchSize() == 0 ? 0 : System.nanoTime() - batch.started;
    }

    /** Writes an item into the open batch; nothing is committed or reported yet. */
    void write(Importer.Prepared p) throws SQLException, IOException {
        Item item = p.item();
        if (batchSize() == 0) {
            batch.started = System.nanoTime();
        }
        bytes += size(p);
        if (p.pending() != null) {
            batch.pending.add(p.pending());
        }
        if (item.skip() != null) {
            if (!item.isContainer()) {
                skipped.merge(item.skip(), 1, Integer::sum);
            }
            batch.done.add(new Done(item.path(), Outcome.SKIPPED, item.skip(), item.diskBytes()));
            return;
        }
        Outcome outcome = p.refusal() != null ? reject(p, p.refusal()) : work(p);
        batch.done.add(new Done(item.path(), outcome, p.refusal(), item.diskBytes()));
    }

    /**
     * Ends the open batch: makes its originals durable, commits (an import), then hands its works
     * to the index and reports its items.
     */
    void endBatch() throws SQLException, IOException, InterruptedException {
        if (batchSize() == 0) {
            return;
        }
        originals.makeDurable(batch.pending);
        batch.pending.clear();
        if (commitEach) {
            IndexPending.add(c, batch.written.keySet()); // until an index commit covers them
            c.commit();
        }
        if (index != null && !batch.written.isEmpty()) {
            List<IndexFeed.Job> jobs = new ArrayList<>();
            for (Written w : batch.written.values()) {
                jobs.add(IndexFeed.job(c, w.id(), w.work(), w.added()));
            }
            if (index.submit(jobs) && commitEach) {
                IndexPending.clear(c);
                c.commit();
            }
        }
        for (Done d : batch.done) {
            listener.done(d.path(), d.outcome(), d.detail(), d.diskBytes());
        }
        batch.clear();
    }

    /** Drops the open batch after a failure: its temporary originals are removed, nothing is reported. */
    void abandon() {
        originals.discard(batch.pending);
        batch.clear();
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

    private Outcome work(Importer.Prepared p) throws SQLException, IOException {
        String sha = Objects.requireNonNull(p.sha());
        OriginalStore.Row row = OriginalStore.find(c, sha);
        if (row != null && row.workId() != null) {
            already++;
            return Outcome.ALREADY_PRESENT;
        }
        if (row == null) {
            OriginalStore.insert(c, sha, p.item().name(), p.item().path(), size(p), runId);
        }
        RejectStore.forget(c, p.item().path());
        Work work = p.work() != null ? p.work() : unparsed(sha, p.item().name());
        Parts.Number part = Parts.of(work.record());
        String key = part == null ? null : Parts.key(work.record());
        if (part == null || key == null) {
            return alone(sha, work);
        }
        return part(sha, work, part, key);
    }

    /**
     * An original the store held before this import but no work refers to (left by a killed
     * import): the parser threads did not read it, expecting it to be present, so it is read here.
     */
    private Work unparsed(String sha, String name) throws IOException {
        byte[] stored = originals.get(sha).orElseThrow(() -> new CatalogException("the original " + sha
                + " is missing"));
        return reader.read(stored, name);
    }

    /** A work of its own, from one original. */
    private Outcome alone(String sha, Work work) throws SQLException {
        String added = now();
        long id = WorkStore.insert(c, new WorkStore.Entry(work.record(), List.of(), 1, null), added, runId);
        OriginalStore.attach(c, sha, id, null, null, null);
        imported++;
        batch.written.put(id, new Written(id, work, added));
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
            batch.written.put(id, new Written(id, new Work(entry.record(), work.body()), added));
        } else {
            WorkStore.rewrite(c, id, entry);
            assembled++;
            batch.written.put(id, new Written(id, null, null));
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

    private static long size(Importer.Prepared p) {
        return p.size() == null ? 0 : p.size();
    }

    private static String now() {
        return Instant.now().toString();
    }
}
