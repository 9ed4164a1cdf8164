package org.ficshelf.catalog;

import java.io.IOException;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.ficshelf.Work;
import org.ficshelf.WorkReader;
import org.ficshelf.search.SearchBackend;
import org.jspecify.annotations.Nullable;

/**
 * The import pipeline: one thread finds items, a pool reads them, stores their originals and
 * parses them in parallel, and the calling thread writes the results to the catalog one by one,
 * in the order the items were found (so that ids are stable and a rebuild gives the same ids).
 */
final class Importer {
    /** Feeds items to the pipeline. */
    @FunctionalInterface
    interface Feed {
        void run(Inputs.Sink sink) throws InterruptedException;
    }

    private static final Prepared END = new Prepared(Item.skipped("", "", 0), null, null, null, null);

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

    /** An item after the parallel stage: its original stored, parsed or refused. */
    record Prepared(Item item, @Nullable String sha, @Nullable String refusal, @Nullable Work work,
            @Nullable Long size) {
    }

    /**
     * Runs the feed through the pipeline. With {@code commitEach} every item is its own
     * transaction (an import); without, the caller commits once at the end (a rebuild).
     */
    ImportSummary run(long runId, Feed feed, ImportListener listener, boolean commitEach)
            throws IOException, InterruptedException {
        long start = System.nanoTime();
        Set<String> known = commitEach ? CatalogWriter.knownShas(connection) : Set.of();
        IndexFeed indexFeed = index == null ? null : new IndexFeed(index, connection, originals, commitEach);
        CatalogWriter writer = new CatalogWriter(connection, runId, listener, commitEach, indexFeed);
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(null, r, "ficshelf-parse", 16L << 20);
            t.setDaemon(true);
            return t;
        });
        BlockingQueue<Future<Prepared>> queue = new ArrayBlockingQueue<>(threads * 4);
        Thread producer = producer(feed, pool, queue, known);
        try {
            drain(queue, writer);
        } catch (IOException | RuntimeException e) {
            producer.interrupt();
            throw e;
        } finally {
            pool.shutdownNow();
        }
        producer.join();
        if (indexFeed != null && commitEach) {
            indexFeed.finish();
        }
        return writer.summary(Duration.ofNanos(System.nanoTime() - start));
    }

    private void drain(BlockingQueue<Future<Prepared>> queue, CatalogWriter writer)
            throws IOException, InterruptedException {
        while (true) {
            Prepared p;
            try {
                p = queue.take().get();
            } catch (ExecutionException e) {
                Throwable cause = e.getCause();
                if (cause instanceof IOException io) {
                    throw io;
                }
                throw new CatalogException("import failed: " + cause, cause);
            }
            if (p == END) {
                return;
            }
            try {
                writer.write(p);
            } catch (SQLException e) {
                throw new CatalogException("cannot write the catalog: " + e.getMessage(), e);
            }
        }
    }

    private Thread producer(Feed feed, ExecutorService pool, BlockingQueue<Future<Prepared>> queue,
            Set<String> known) {
        Thread t = new Thread(() -> {
            try {
                feed.run(item -> queue.put(pool.submit(() -> prepare(item, known))));
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

    /** Reads, stores the original first, then classifies and parses. Runs on the pool. */
    private Prepared prepare(Item item, Set<String> known) throws IOException {
        if (item.skip() != null) {
            return new Prepared(item, null, null, null, null);
        }
        if (item.refusal() != null) {
            return new Prepared(item, null, item.refusal(), null, null);
        }
        byte[] bytes;
        try {
            bytes = item.bytes() != null
                    ? item.bytes()
                    : Files.readAllBytes(Objects.requireNonNull(item.file()));
        } catch (IOException e) {
            return new Prepared(item, null, "cannot read: " + Inputs.describe(e), null, null);
        }
        String sha = originals.put(bytes);
        String refusal = Content.refusal(bytes);
        if (refusal != null || known.contains(sha)) {
            return new Prepared(item, sha, refusal, null, (long) bytes.length);
        }
        return new Prepared(item, sha, null, reader.read(bytes, item.name()), (long) bytes.length);
    }
}
