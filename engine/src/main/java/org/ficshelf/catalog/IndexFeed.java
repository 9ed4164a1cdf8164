package org.ficshelf.catalog;

import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.ficshelf.Work;
import org.ficshelf.WorkReader;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchBackend;
import org.jspecify.annotations.Nullable;

/**
 * Feeds works the catalog has written to the search index, on a small pool of threads so that
 * text analysis (most of indexing's cost) runs in parallel rather than on the catalog writer.
 *
 * <p>Why it is safe: the writer hands over a batch only after its catalog transaction commits
 * (an import), so the index never holds a work the catalog lacks. A job waits for the job of
 * the same id still in flight, so the documents of one id are written in the order the catalog
 * wrote them: a multi-part work first indexed from its first part and then re-indexed
 * assembled ends assembled. Live (an import): a refresher makes indexed works visible within
 * {@link #REFRESH_MILLIS}, and the index is committed (made durable) only every {@link
 * #COMMIT_EVERY} works or {@link #COMMIT_NANOS}, since after a crash {@link IndexSync} re-indexes
 * what the last commit lacked. Not live (a rebuild): nothing is shown or committed before
 * {@link #finish()}.
 */
final class IndexFeed implements AutoCloseable {
    /** Works between index commits during an import. */
    static final int COMMIT_EVERY = 2000;
    private static final long COMMIT_NANOS = 30_000_000_000L;
    /** How often newly indexed works are made visible during an import. */
    static final long REFRESH_MILLIS = 500;
    /** Works queued or being indexed per thread, at most: the writer waits beyond. */
    private static final int IN_FLIGHT_PER_THREAD = 16;
    private static final String ADDED = "SELECT added FROM works WHERE id = ?";

    /**
     * One work to index: parsed ({@code work}), or the catalog's record (the truth) with the
     * originals its text is read again from (an assembled multi-part work).
     */
    record Job(long id, Instant added, @Nullable Work work, @Nullable String record,
            List<OriginalStore.Row> originals) {
    }

    private final SearchBackend index;
    private final Originals originals;
    private final boolean live;
    private final WorkReader reader = new WorkReader();
    private final ExecutorService pool;
    /** The last job queued for each id still in flight, for the next job of that id to follow. */
    private final Map<Long, CompletableFuture<Void>> tails = new ConcurrentHashMap<>();
    private final Semaphore inFlight;
    private final int maxInFlight;
    private final AtomicReference<@Nullable Throwable> failure = new AtomicReference<>();
    private final AtomicBoolean unseen = new AtomicBoolean();
    private final @Nullable ScheduledExecutorService refresher;
    private int uncommitted;
    private long lastCommit = System.nanoTime();

    IndexFeed(SearchBackend index, Originals originals, int threads, boolean live) {
        this.index = index;
        this.originals = originals;
        this.live = live;
        this.pool = Executors.newFixedThreadPool(Math.max(1, threads), daemon("ficshelf-index"));
        this.maxInFlight = Math.max(1, threads) * IN_FLIGHT_PER_THREAD;
        this.inFlight = new Semaphore(maxInFlight);
        this.refresher = live ? Executors.newSingleThreadScheduledExecutor(daemon("ficshelf-refresh")) : null;
        if (refresher != null) {
            refresher.scheduleWithFixedDelay(this::refreshIfNew, REFRESH_MILLIS, REFRESH_MILLIS,
                    TimeUnit.MILLISECONDS);
        }
    }

    /** The job for work {@code id}, read on the writer's connection: from {@code parsed} when the catalog holds exactly that work. */
    static Job job(Connection c, long id, @Nullable Work parsed, @Nullable String added) throws SQLException {
        Instant when = added != null ? instant(added) : added(c, id);
        if (parsed != null) {
            return new Job(id, when, parsed, null, List.of());
        }
        WorkStore.Stored stored = WorkStore.find(c, id);
        if (stored == null) {
            throw new SQLException("work " + id + " is not in the catalog");
        }
        return new Job(id, when, null, stored.record(), OriginalStore.ofWork(c, id));
    }

    /**
     * Queues works whose catalog transaction has committed (or, not live, been written); waits
     * while too many are in flight. Fails with the first failure of an earlier job. Returns true
     * when it committed the index after every job submitted so far was indexed, so that the
     * caller may clear its {@link IndexPending} journal.
     */
    boolean submit(List<Job> jobs) throws IOException, InterruptedException {
        for (Job job : jobs) {
            check();
            inFlight.acquire();
            queue(job);
        }
        uncommitted += jobs.size();
        long now = System.nanoTime();
        if (live && (uncommitted >= COMMIT_EVERY || now - lastCommit >= COMMIT_NANOS)) {
            await();
            index.commit();
            uncommitted = 0;
            lastCommit = now;
            return true;
        }
        return false;
    }

    /** Runs the job on the pool, after the job of the same id still in flight, if any. Writer thread only. */
    private void queue(Job job) {
        CompletableFuture<Void> before = tails.get(job.id());
        CompletableFuture<Void> tail = before == null
                ? CompletableFuture.runAsync(() -> run(job), pool)
                : before.exceptionally(e -> null).thenRunAsync(() -> run(job), pool);
        tails.put(job.id(), tail);
        tail.whenComplete((r, e) -> tails.remove(job.id(), tail));
    }

    /** Waits until every queued work is indexed (not yet visible nor durable). */
    void await() throws IOException, InterruptedException {
        inFlight.acquire(maxInFlight);
        inFlight.release(maxInFlight);
        check();
    }

    /** Waits for every queued work, then makes them all visible and then durable. */
    void finish() throws IOException, InterruptedException {
        await();
        index.refresh();
        index.commit();
        uncommitted = 0;
    }

    /**
     * Stops the pool and the refresher once the works queued (all committed) are indexed. Never
     * interrupts them: an interrupted write can close a Lucene index for good.
     */
    @Override
    public void close() {
        List<ExecutorService> all = new ArrayList<>(List.of(pool));
        if (refresher != null) {
            all.add(refresher);
        }
        all.forEach(ExecutorService::shutdown);
        boolean interrupted = false;
        for (ExecutorService e : all) {
            try {
                e.awaitTermination(1, TimeUnit.MINUTES);
            } catch (InterruptedException ie) {
                interrupted = true;
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }

    private void run(Job job) {
        try {
            if (failure.get() == null) {
                Work work = job.work() != null ? job.work() : read(job);
                index.index(IndexedWork.of(job.id(), work, job.added()));
                unseen.set(true);
            }
        } catch (IOException | SQLException | RuntimeException | StackOverflowError e) {
            failure.compareAndSet(null, e);
        } finally {
            inFlight.release();
        }
    }

    private void refreshIfNew() {
        try {
            if (unseen.getAndSet(false)) {
                index.refresh();
            }
        } catch (RuntimeException e) {
            failure.compareAndSet(null, e);
        }
    }

    private void check() throws IOException {
        Throwable t = failure.get();
        if (t instanceof IOException io) {
            throw io;
        }
        if (t instanceof RuntimeException re) {
            throw re;
        }
        if (t != null) {
            throw new CatalogException("cannot index: " + t.getMessage(), t);
        }
    }

    /** An assembled work: the catalog's record with the story text read again from its originals. */
    private Work read(Job job) throws SQLException, IOException {
        WorkRecord record = CatalogWriter.parse(java.util.Objects.requireNonNull(job.record()));
        return new Work(record, body(originals, reader, job.id(), job.originals()));
    }

    /** The story text of a work's originals, parts in part order. */
    static Document body(Originals originals, WorkReader reader, long id, List<OriginalStore.Row> rows)
            throws IOException {
        List<Chapter> chapters = new ArrayList<>();
        for (OriginalStore.Row r : rows) {
            byte[] bytes = originals.get(r.sha256())
                    .orElseThrow(() -> new CatalogException("the original " + r.sha256() + " of work " + id
                            + " is missing"));
            chapters.addAll(reader.read(bytes, r.name()).body().chapters());
        }
        return new Document(chapters);
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

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return r -> {
            Thread t = new Thread(null, r, name, 16L << 20); // deep documents, as the parser threads
            t.setDaemon(true);
            return t;
        };
    }
}
