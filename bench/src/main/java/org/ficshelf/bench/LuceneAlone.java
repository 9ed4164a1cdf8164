package org.ficshelf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
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
    static final String SUBJECT = "lucene-alone";

    /**
     * What the baseline measured over one part of the corpus: the works it added (those a
     * stopped attempt had committed are {@code skipped}), their bytes, the time, the index after.
     */
    record Figures(long works, long bytes, double seconds, HeapWatch.Peak peak, long indexBytes,
            long skipped) {
        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }

        double worksPerSecond() {
            return works / seconds;
        }
    }

    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final int chunk;
    private final int commitEvery;
    private final Set<String> present;
    private final Interrupt interrupt;
    private final AtomicLong works = new AtomicLong();
    private final AtomicLong bytes = new AtomicLong();
    private long uncommitted;
    private long lastCommit = System.nanoTime();
    private long lastRefresh = lastCommit;

    private LuceneAlone(IndexWriter writer, int chunk, int commitEvery, Set<String> present,
            Interrupt interrupt)
            throws IOException {
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.chunk = chunk;
        this.commitEvery = commitEvery;
        this.present = present;
        this.interrupt = interrupt;
    }

    /**
     * Adds part {@code chunk} of the corpus to the index in {@code indexDir} (created when
     * absent). Works of this part that an earlier, stopped attempt committed are skipped, so a
     * part is never indexed twice. Timed from the open writer to the last commit and refresh;
     * {@code progress} counts the bytes added so far.
     */
    static Figures add(Corpus part, int chunk, Path indexDir, int threads, int commitEvery,
            Interrupt interrupt,
            AtomicLong progress)
            throws IOException {
        Files.createDirectories(indexDir);
        IndexWriterConfig config = new IndexWriterConfig(new StandardAnalyzer());
        config.setRAMBufferSizeMB(RAM_BUFFER_MB);
        config.setCommitOnClose(false);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        HeapWatch watch = HeapWatch.start();
        LuceneAlone run;
        double seconds;
        try (Directory dir = FSDirectory.open(indexDir); IndexWriter writer = new IndexWriter(dir, config)) {
            Set<String> present = committed(writer, chunk);
            long t0 = System.nanoTime();
            run = new LuceneAlone(writer, chunk, commitEvery, present, interrupt);
            try {
                run.index(part, threads, progress);
                writer.commit();
                run.searchers.maybeRefreshBlocking();
            } finally {
                run.searchers.close();
            }
            seconds = (System.nanoTime() - t0) / 1e9;
        }
        HeapWatch.Peak peak = watch.stop();
        return new Figures(run.works.get(), run.bytes.get(), seconds, peak, Corpus.diskSize(indexDir),
                run.present.size());
    }

    /** Works in the index, all parts. */
    static long count(Path indexDir) throws IOException {
        if (!Files.exists(indexDir)) {
            return 0;
        }
        try (Directory dir = FSDirectory.open(indexDir); DirectoryReader reader = DirectoryReader.open(dir)) {
            return reader.numDocs();
        }
    }

    /** Keys of the works of part {@code chunk} already committed (by a stopped attempt). */
    private static Set<String> committed(IndexWriter writer, int chunk) throws IOException {
        Set<String> keys = new HashSet<>();
        try (DirectoryReader reader = DirectoryReader.open(writer)) {
            IndexSearcher searcher = new IndexSearcher(reader);
            TermQuery query = new TermQuery(new Term("chunk", Integer.toString(chunk)));
            int hits = searcher.count(query);
            if (hits == 0) {
                return keys;
            }
            StoredFields stored = searcher.storedFields();
            for (ScoreDoc d : searcher.search(query, hits).scoreDocs) {
                keys.add(stored.document(d.doc).get("key"));
            }
        }
        return keys;
    }

    /** A work's key: its sub-folder and file name, which no other work of a corpus shares. */
    static String key(Path story) {
        Path parent = story.getParent();
        return (parent == null ? "" : parent.getFileName() + "/") + story.getFileName();
    }

    private void index(Corpus corpus, int threads, AtomicLong progress) throws IOException {
        BlockingQueue<Path> queue = new ArrayBlockingQueue<>(threads * 16);
        List<Thread> workers = new ArrayList<>();
        List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
        for (int i = 0; i < threads; i++) {
            Thread t = new Thread(() -> work(queue, failures, progress), "lucene-alone-" + i);
            t.start();
            workers.add(t);
        }
        try {
            corpus.forEachStory(p -> {
                if (!present.contains(key(p))) {
                    put(queue, p);
                }
            });
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
            if (failures.get(0) instanceof Interrupt.Stop stop) {
                throw stop;
            }
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

    private void work(BlockingQueue<Path> queue, List<Throwable> failures, AtomicLong progress) {
        try {
            for (Path p = queue.take(); p != END; p = queue.take()) {
                if (failures.isEmpty()) {
                    try {
                        progress.addAndGet(add(p));
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

    private long add(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        Document d = new Document();
        d.add(new StoredField("path", p.toString()));
        d.add(new StringField("key", key(p), Field.Store.YES));
        d.add(new StringField("chunk", Integer.toString(chunk), Field.Store.NO));
        d.add(new TextField("body", Corpus.rawText(b), Field.Store.NO));
        writer.addDocument(d);
        long done = works.incrementAndGet();
        bytes.addAndGet(b.length);
        afterDocument();
        interrupt.after(SUBJECT, chunk, done);
        return b.length;
    }

    /** The same commit and refresh policy as Ficshelf's import feed. */
    private synchronized void afterDocument() throws IOException {
        uncommitted++;
        long now = System.nanoTime();
        if (uncommitted >= commitEvery || now - lastCommit >= COMMIT_NANOS) {
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
