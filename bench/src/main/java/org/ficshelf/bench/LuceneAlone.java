package org.ficshelf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Baseline (a), the ceiling for import: Lucene alone indexing the corpus's raw text (no format,
 * charset or header reading, {@link Corpus#rawText}) with the standard analyzer, one body field
 * and a stored path, on as many threads as Ficshelf's import, committing as often as Ficshelf's
 * index feed does (every 500 works or 10 s) and reopening a near-real-time reader every second.
 */
final class LuceneAlone {
    static final int COMMIT_EVERY = 500;
    private static final long COMMIT_NANOS = 10_000_000_000L;
    private static final long REFRESH_NANOS = 1_000_000_000L;
    private static final double RAM_BUFFER_MB = 48;
    private static final Path END = Path.of("");

    /** What the baseline measured. */
    record Figures(long works, long bytes, double seconds, HeapWatch.Peak peak, long indexBytes) {
        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }

        double worksPerSecond() {
            return works / seconds;
        }
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final AtomicLong works = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private long uncommitted;
    private long lastCommit = System.nanoTime();
    private long lastRefresh = lastCommit;

    private LuceneAlone(IndexWriter writer) throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
    }

    static Figures run(Corpus corpus, Path indexDir, int threads) throws IOException {
        Workdirs.delete(indexDir);
        Files.createDirectories(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        HeapWatch watch = HeapWatch.start();
        long t0 = System.nanoTime();
        LuceneAlone run;
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            run = new LuceneAlone(writer);
            run.index(corpus, threads);
            writer.commit();
            run.searchers.maybeRefreshBlocking();
            run.searchers.close();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        HeapWatch.Peak peak = watch.stop();
        return new Figures(run.works.get(), run.bytes.get(), seconds, peak, Corpus.diskSize(indexDir));
    }

    private void index(Corpus corpus, int threads) throws IOException {
        BlockingQueue<Path> queue = new ArrayBlockingQueue<>(threads * 16);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> work(queue, failures), "lucene-alone-" + i);
            t.start();
            workers.add(t);
        }
        try {
            corpus.forEachStory(p -> put(queue, p));
            for (int i = 0; i < threads; i++) {
                put(queue, END);
            }
            for (Thread t : workers) {
                t.join();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
        if (!failures.isEmpty()) {
            throw new IOException("the Lucene baseline failed", failures.get(0));
        }
    }

    private static void put(BlockingQueue<Path> queue, Path p) {
        try {
            queue.put(p);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void work(BlockingQueue<Path> queue, List<Throwable> failures) {
        try {
            for (Path p = queue.take(); p != END; p = queue.take()) {
                if (failures.isEmpty()) {
                    try {
                        add(p);
                    } catch (IOException | RuntimeException e) {
                        failures.add(e); // keep draining so the feeder never blocks
                    }
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            failures.add(e);
        }
    }

    private void add(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        Document d = new Document();
        d.add(new StoredField("path", p.toString()));
        d.add(new TextField("body", Corpus.rawText(b), Field.Store.NO));
        writer.addDocument(d);
        works.incrementAndGet();
        bytes.addAndGet(b.length);
        afterDocument();
    }

    /** The same commit and refresh policy as Ficshelf's import feed. */
    private synchronized void afterDocument() throws IOException {
        uncommitted++;
        long now = System.nanoTime();
        if (uncommitted >= COMMIT_EVERY || now - lastCommit >= COMMIT_NANOS) {
            writer.commit();
            uncommitted = 0;
            lastCommit = now;
        }
        if (now - lastRefresh >= REFRESH_NANOS) {
            searchers.maybeRefreshBlocking();
            lastRefresh = now;
        }
    }
}
