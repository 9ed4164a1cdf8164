package org.ficshelf.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.ficshelf.Work;
import org.ficshelf.WorkReader;
import org.ficshelf.search.SearchBackend;
import org.jspecify.annotations.Nullable;

/**
 * The import pipeline: one thread finds items; a pool reads them, writes their originals and
 * parses them in parallel; the calling thread writes the results to the catalog in the order the
 * items were found (so that ids are stable and a rebuild gives the same ids), in batches that
 * commit together; and the {@link IndexFeed}'s pool indexes the committed works in parallel.
 *
 * <p>A batch ends when it holds {@link #BATCH_ITEMS} items, when its first item has waited
 * {@link #BATCH_NANOS} and the next is not ready, or at the end of the run: a single file
 * commits as soon as it is parsed, a large import pays one group commit per batch.
 */
final class Importer {
    /** Feeds items to the pipeline. */
    @FunctionalInterface
    interface Feed {
        void run(Inputs.Sink sink) throws InterruptedException;
    }

    static final int BATCH_ITEMS = 256;
    static final long BATCH_NANOS = 100_000_000L;
    private static final Prepared END = new Prepared(Item.skipped("", "", 0), null, null, null, null, null);

    private final Connection connection;
    private final Originals originals;
    private final int threads;
    private final WorkReader reader = new WorkReader();

    private final @Nullable SearchBackend index;

    Importer(Connection connection, Originals originals, int threads, @Nullable SearchBackend index) {
        this.connection = connection;
        this.originals = originals;
        this.threads = threads;
        this.index = index;
    }

    /**
     * An item after the parallel stage: its original written (and still {@code pending}
     * durability when new), parsed or refused; {@code work} is null when the item is refused or
     * its bytes were already in the store (most likely already a work: the writer decides).
     */
    record Prepared(Item item, @Nullable String sha, Originals.@Nullable Pending pending,
            @Nullable String refusal,
            @Nullable Work work, @Nullable Long size) {
    }

    /**
     * Runs the feed through the pipeline. With {@code commitEach} every batch is its own
     * transaction (an import); without, the caller commits once at the end (a rebuild).
     */
    ImportSummary run(long runId, Feed feed, ImportListener listener, boolean commitEach)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        // the writer runs the same few statements for every item: prepare them once
        Sql.Kept kept = Sql.keepPrepared(connection);
        try {
            return pipeline(runId, feed, listener, commitEach, start);
        } finally {
            kept.close();
        }
    }

    private ImportSummary pipeline(long runId, Feed feed, ImportListener listener, boolean commitEach,
            long start)
            throws IOException, InterruptedException {
        try (@Nullable
        IndexFeed indexFeed = index == null
                ? null
                : new IndexFeed(index, originals, threads, commitEach)) {
            CatalogWriter writer = new CatalogWriter(connection, runId, listener, commitEach, originals,
                    indexFeed);
            ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
                Thread t = new Thread(null, r, "ficshelf-parse", 16L << 20);
                t.setDaemon(true);
                return t;
            });
            BlockingQueue<Future<Prepared>> queue = new ArrayBlockingQueue<>(threads * 4);
            Thread producer = producer(feed, pool, queue, commitEach);
            try {
                drain(queue, writer);
            } catch (IOException | RuntimeException | InterruptedException e) {
                producer.interrupt();
                writer.abandon();
                throw e;
            } finally {
                pool.shutdownNow();
            }
            producer.join();
            if (indexFeed != null) {
                finish(indexFeed, commitEach, connection);
            }
            return writer.summary(Duration.ofNanos(System.nanoTime() - start));
        }
    }

    /**
     * An import shows and commits its last works, then clears the pending journal (the caller's
     * next commit makes that durable); a rebuild only waits, its caller commits.
     */
    private static void finish(IndexFeed indexFeed, boolean live, Connection c)
            throws IOException, InterruptedException {
        if (live) {
            indexFeed.finish();
            try {
                IndexPending.clear(c);
            } catch (SQLException e) {
                throw new CatalogException("cannot write the catalog: " + e.getMessage(), e);
            }
        } else {
            indexFeed.await();
        }
    }

    private void drain(BlockingQueue<Future<Prepared>> queue, CatalogWriter writer)
            throws IOException, InterruptedException {
        while (true) {
            Prepared p = Objects.requireNonNull(next(queue, writer));
            try {
                if (p == END) {
                    writer.endBatch();
                    return;
                }
                writer.write(p);
                if (writer.batchSize() >= BATCH_ITEMS) {
                    writer.endBatch();
                }
            } catch (SQLException e) {
                throw new CatalogException("cannot write the catalog: " + e.getMessage(), e);
            }
        }
    }

    /** The next prepared item; ends the open batch first when the item keeps it waiting too long. */
    private static Prepared next(BlockingQueue<Future<Prepared>> queue, CatalogWriter writer)
            throws IOException, InterruptedException {
        if (writer.batchSize() == 0) {
            return get(queue.take(), -1);
        }
        Future<Prepared> f = queue.poll(left(writer), TimeUnit.NANOSECONDS);
        Prepared p = f == null ? null : get(f, left(writer));
        if (p != null) {
            return p;
        }
        try {
            writer.endBatch();
        } catch (SQLException e) {
            throw new CatalogException("cannot write the catalog: " + e.getMessage(), e);
        }
        return get(f != null ? f : queue.take(), -1);
    }

    private static long left(CatalogWriter writer) {
        return Math.max(0, BATCH_NANOS - writer.batchAge());
    }

    /** The future's value, waiting at most {@code nanos} (null when it is not ready by then), or as long as it takes when negative. */
    private static @Nullable Prepared get(Future<Prepared> f, long nanos)
            throws IOException, InterruptedException {
        try {
            return nanos < 0 ? f.get() : f.get(nanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            return null;
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new CatalogException("import failed: " + cause, cause);
        }
    }

    private Thread producer(Feed feed, ExecutorService pool, BlockingQueue<Future<Prepared>> queue,
            boolean skipPresent) {
        Thread t = new Thread(() -> {
            try {
                feed.run(item -> queue.put(pool.submit(() -> prepare(item, skipPresent))));
                queue.put(CompletableFuture.completedFuture(END));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException e) {
                queue.offer(CompletableFuture.failedFuture(e));
            }
        }, "ficshelf-find");
        t.setDaemon(true);
        t.start();
        return t;
    }

    /**
     * Reads, writes the original first, then classifies and parses; with {@code skipPresent}
     * (an import) bytes the store already held are not parsed. Runs on the pool.
     */
    private Prepared prepare(Item item, boolean skipPresent) throws IOException {
        if (item.skip() != null) {
            return new Prepared(item, null, null, null, null, null);
        }
        if (item.refusal() != null) {
            return new Prepared(item, null, null, item.refusal(), null, null);
        }
        byte[] bytes;
        try {
            bytes = item.bytes() != null
                    ? item.bytes()
                    : Files.readAllBytes(Objects.requireNonNull(item.file()));
        } catch (IOException e) {
            return new Prepared(item, null, null, "cannot read: " + Inputs.describe(e), null, null);
        }
        Originals.Put put = originals.put(bytes);
        String refusal = Content.refusal(bytes);
        long size = bytes.length;
        if (refusal != null || (skipPresent && put.existed())) {
            return new Prepared(item, put.sha(), put.pending(), refusal, null, size);
        }
        return new Prepared(item, put.sha(), put.pending(), null, reader.read(bytes, item.name()), size);
    }
}
