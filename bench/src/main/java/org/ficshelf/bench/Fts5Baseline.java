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
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;
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
 * Lean on disk: the full-text index covers the whole body, the table it reads snippets from keeps
 * only the body's start (see {@link #SNIPPET_CHARS}).
 */
final class Fts5Baseline {
    static final int COMMIT_EVERY = 500;
    static final String SUBJECT = "sqlite-fts5";
    /**
     * Characters of each body kept for {@code snippet()}, as Ficshelf's index keeps only the
     * first 10,000 characters of a story for its snippets; the whole body is indexed.
     */
    static final int SNIPPET_CHARS = 10_000;
    /**
     * An external-content FTS5 table: the index holds every word of the whole body, the
     * {@code content} table (which {@code snippet()}, title and authors are read from) only
     * the first {@link #SNIPPET_CHARS} of it; rows are only ever added, never changed.
     */
    private static final String SCHEMA = """
            CREATE TABLE IF NOT EXISTS docs (id INTEGER PRIMARY KEY, path TEXT NOT NULL, words INTEGER NOT NULL,
                chunk INTEGER NOT NULL);
            CREATE INDEX IF NOT EXISTS docs_chunk ON docs (chunk);
            CREATE TABLE IF NOT EXISTS tags (doc INTEGER NOT NULL, type TEXT NOT NULL, value TEXT NOT NULL);
            CREATE INDEX IF NOT EXISTS tags_value ON tags (type, value, doc);
            CREATE INDEX IF NOT EXISTS tags_doc ON tags (doc, type, value);
            CREATE TABLE IF NOT EXISTS content (id INTEGER PRIMARY KEY, title TEXT, authors TEXT, tags TEXT,
                body TEXT);
            CREATE VIRTUAL TABLE IF NOT EXISTS fts USING fts5(title, authors, tags, body,
                content = 'content', content_rowid = 'id',
                tokenize = 'porter unicode61 remove_diacritics 2');
            """;

    /**
     * What the load measured over one part of the corpus: works added (those a stopped attempt
     * had committed are {@code skipped}), their bytes, the time, the database after.
     */
    record Figures(long works, long bytes, double seconds, long dbBytes, long skipped) {
        double mbPerSecond() {
            return bytes / 1e6 / seconds;
        }
    }

    /** One work as loaded. */
    private record Row(String path, String text, GeneratedWork.@Nullable Truth truth, long bytes) {
    }

    private static final Row END = new Row("", "", null, 0);

    private Fts5Baseline() {
    }

    static String url(Path db) {
        return "jdbc:sqlite:" + db.toAbsolutePath();
    }

    /** Deletes the database and its write-ahead log. */
    static void delete(Path db) throws IOException {
        Files.deleteIfExists(db);
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-wal"));
        Files.deleteIfExists(db.resolveSibling(db.getFileName() + "-shm"));
    }

    static long size(Path db) throws IOException {
        return Corpus.diskSize(db) + Corpus.diskSize(db.resolveSibling(db.getFileName() + "-wal"));
    }

    /**
     * Adds part {@code chunk} of the corpus to the database (created when absent); works of this
     * part an earlier, stopped attempt committed are skipped. Timed from the open connection to
     * the last commit; {@code progress} counts the bytes added so far.
     */
    static Figures add(Corpus part, int chunk, Path db, int threads, int commitEvery, Interrupt interrupt,
            AtomicLong progress)
            throws IOException {
        long works = 0;
        long bytes = 0;
        long t0;
        Set<String> present;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        BlockingQueue<Future<Row>> queue = new ArrayBlockingQueue<>(threads * 16);
        try (Connection c = DriverManager.getConnection(url(db))) {
            configure(c);
            try (Statement s = c.createStatement()) {
                for (String sql : SCHEMA.split(";")) {
                    if (!sql.isBlank()) {
                        s.execute(sql);
                    }
                }
            }
            present = committed(c, chunk);
            long id = lastId(c);
            c.setAutoCommit(false);
            t0 = System.nanoTime();
            Thread feeder = new Thread(() -> feed(part, present, pool, queue), "fts5-feed");
            feeder.setDaemon(true);
            feeder.start();
            try (PreparedStatement doc = c.prepareStatement("INSERT INTO docs VALUES (?, ?, ?, ?)");
                    PreparedStatement tag = c.prepareStatement("INSERT INTO tags VALUES (?, ?, ?)");
                    PreparedStatement content = c
                            .prepareStatement("INSERT INTO content VALUES (?, ?, ?, ?, ?)");
                    PreparedStatement fts = c.prepareStatement(
                            "INSERT INTO fts (rowid, title, authors, tags, body) VALUES (?, ?, ?, ?, ?)")) {
                for (Row r = take(queue); r != END; r = take(queue)) {
                    works++;
                    bytes += r.bytes();
                    insert(++id, chunk, r, doc, tag, content, fts);
                    if (works % commitEvery == 0) {
                        c.commit();
                    }
                    progress.addAndGet(r.bytes());
                    interrupt.after(SUBJECT, chunk, works);
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IOException("the FTS5 baseline failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        } finally {
            pool.shutdownNow();
        }
        double seconds = (System.nanoTime() - t0) / 1e9;
        return new Figures(works, bytes, seconds, size(db), present.size());
    }

    /** Works in the database, all parts. */
    static long count(Path db) throws IOException {
        if (!Files.exists(db)) {
            return 0;
        }
        try (Connection c = DriverManager.getConnection(url(db));
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT count(*) FROM docs")) {
            return rs.next() ? rs.getLong(1) : 0;
        } catch (SQLException e) {
            throw new IOException("cannot count the FTS5 baseline's works: " + e.getMessage(), e);
        }
    }

    private static Set<String> committed(Connection c, int chunk) throws SQLException {
        Set<String> keys = new HashSet<>();
        try (PreparedStatement s = c.prepareStatement("SELECT path FROM docs WHERE chunk = ?")) {
            s.setInt(1, chunk);
            try (ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    keys.add(LuceneAlone.key(Path.of(rs.getString(1))));
                }
            }
        }
        return keys;
    }

    private static long lastId(Connection c) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT max(id) FROM docs")) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    /** The catalog's settings: write-ahead log, synchronous=NORMAL. */
    static void configure(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("PRAGMA journal_mode=WAL");
            s.execute("PRAGMA synchronous=NORMAL");
            s.execute("PRAGMA busy_timeout=10000");
        }
    }

    private static void feed(Corpus corpus, Set<String> present, ExecutorService pool,
            BlockingQueue<Future<Row>> queue) {
        try {
            corpus.forEachStory(p -> {
                if (!present.contains(LuceneAlone.key(p))) {
                    put(queue, pool.submit(() -> read(p)));
                }
            });
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

    private static void insert(long id, int chunk, Row r, PreparedStatement doc, PreparedStatement tag,
            PreparedStatement content, PreparedStatement fts)
            throws SQLException {
        GeneratedWork.Truth t = java.util.Objects.requireNonNull(r.truth());
        doc.setLong(1, id);
        doc.setString(2, r.path());
        doc.setLong(3, t.wordsApprox());
        doc.setInt(4, chunk);
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
        String authors = String.join(", ", t.authors());
        String tagText = String.join(", ", tags);
        content.setLong(1, id);
        content.setString(2, t.title());
        content.setString(3, authors);
        content.setString(4, tagText);
        content.setString(5, start(r.text()));
        content.executeUpdate();
        fts.setLong(1, id);
        fts.setString(2, t.title());
        fts.setString(3, authors);
        fts.setString(4, tagText);
        fts.setString(5, r.text());
        fts.executeUpdate();
    }

    /** The body's first {@link #SNIPPET_CHARS} characters, never ending inside a surrogate pair. */
    static String start(String text) {
        if (text.length() <= SNIPPET_CHARS) {
            return text;
        }
        int end = Character.isHighSurrogate(text.charAt(SNIPPET_CHARS - 1))
                ? SNIPPET_CHARS - 1
                : SNIPPET_CHARS;
        return text.substring(0, end);
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
