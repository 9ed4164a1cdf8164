package org.ficshelf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Baseline (b), what a small archive would pick instead: SQLite FTS5 through the catalog's own
 * driver, over the raw text ({@link Corpus#rawText}) and the ground truth's metadata (title,
 * authors, fandom, characters, relationships, rating, length), with a tags table for filters and
 * facets. Loaded by one writer (SQLite has one) fed by reader threads, committing every 500 works.
 */
final class Fts5Baseline {
    static final int COMMIT_EVERY = 500;
    private static final String SCHEMA = """
            CREATE TABLE docs (id INTEGER PRIMARY KEY, path TEXT NOT NULL, words INTEGER NOT NULL);
            CREATE TABLE tags (doc INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL);
            CREATE INDEX tags_value ON tags (type, value, doc);
            CREATE INDEX tags_doc ON tags (doc, type, value);
            CREATE VIRTUAL TABLE fts USING fts5(title, authors, tags, body,
                tokenize = 'porter unicode61 remove_diacritics 2');
            """;

    /** What the load measured. */
    record Figures(long works, long bytes, double seconds, long dbBytes) {
        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** One work as loaded. */
    private record Row(String path, String text, GeneratedWork.Truth truth, long bytes) {
    }

    private static final Row END = new Row("", "", null, 0);

    private Fts5Baseline() {
    }

    static String url(Path db) {
        return "jdbc:sqlite:" + db.toAbsolutePath();
    }

    static Figures load(Corpus corpus, Path db, int threads) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
        long t0 = System.nanoTime();
        long works = 0;
        long bytes = 0;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        BlockingQueue<Future<Row>> queue = new ArrayBlockingQueue<>(threads * 16);
        Thread feeder = new Thread(() -> feed(corpus, pool, queue), "fts5-feed");
        try (Connection c = DriverManager.getConnection(url(db))) {
            configure(c);
            try (Statement s = c.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            c.setAutoCommit(false);
            feeder.start();
            try (PreparedStatement doc = c.prepareStatement("INSERT INTO docs VALUES (?, ?, ?)");
                    PreparedStatement tag = c.prepareStatement("INSERT INTO tags VALUES (?, ?, ?)");
                    PreparedStatement fts = c.prepareStatement(
                            "INSERT INTO fts (rowid, title, authors, tags, body) VALUES (?, ?, ?, ?, ?)")) {
                for (Row r = take(queue); r != END; r = take(queue)) {
                    works++;
                    bytes += r.bytes();
                    insert(works, r, doc, tag, fts);
                    if (works % COMMIT_EVERY == 0) {
                        c.commit();
                    }
                }
            }
            c.commit();
            feeder.join();
        } catch (SQLException e) {
            throw new IOException("the FTS5 baseline failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        long size = Corpus.diskSize(db) + Corpus.diskSize(db.resolveSibling(db.getFileName() + "-wal"));
        return new Figures(works, bytes, seconds, size);
    }

    /** The catalog's settings: write-ahead log, synchronous=NORMAL. */
    static void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=10000");
        }
    }

    private static void feed(Corpus corpus, ExecutorService pool, BlockingQueue<Future<Row>> queue) {
        try {
            corpus.forEachStory(p -> put(queue, pool.submit(() -> read(p))));
        } catch (IOException | RuntimeException e) {
            put(queue, java.util.concurrent.CompletableFuture.failedFuture(e));
            return;
        }
        put(queue, java.util.concurrent.CompletableFuture.completedFuture(END));
    }

    private static void put(BlockingQueue<Future<Row>> queue, Future<Row> f) {
        try {
            queue.put(f);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private static Row take(BlockingQueue<Future<Row>> queue) throws InterruptedException, IOException {
        try {
            return queue.take().get();
        } catch (java.util.concurrent.ExecutionException e) {
            throw new IOException("cannot read the corpus: " + e.getCause(), e.getCause());
        }
    }

    private static Row read(Path p) throws IOException {
        byte[] b = Files.readAllBytes(p);
        return new Row(p.toString(), Corpus.rawText(b), Corpus.truth(p), b.length);
    }

    private static void insert(long id, Row r, PreparedStatement doc, PreparedStatement tag,
            PreparedStatement fts)
            throws SQLException {
        GeneratedWork.Truth t = r.truth();
        doc.setLong(1, id);
        doc.setString(2, r.path());
        doc.setLong(3, t.wordsApprox());
        doc.executeUpdate();
        List<String> tags = new ArrayList<>();
        addTag(tag, id, "fandom", t.fandom(), tags);
        for (String ch : t.characters()) {
            addTag(tag, id, "character", ch, tags);
        }
        for (String rel : t.relationships()) {
            addTag(tag, id, "relationship", rel, tags);
        }
        addTag(tag, id, "rating", t.rating(), tags);
        fts.setLong(1, id);
        fts.setString(2, t.title());
        fts.setString(3, String.join(", ", t.authors()));
        fts.setString(4, String.join(", ", tags));
        fts.setString(5, r.text());
        fts.executeUpdate();
    }

    private static void addTag(PreparedStatement tag, long id, String type, String value, List<String> all)
            throws SQLException {
        tag.setLong(1, id);
        tag.setString(2, type);
        tag.setString(3, value.toLowerCase(Locale.ROOT));
        tag.executeUpdate();
        all.add(value);
    }
}
