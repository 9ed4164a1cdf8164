package org.ficshelf.catalog;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.ficshelf.Work;
import org.ficshelf.WorkReader;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.search.SearchBackend;
import org.jspecify.annotations.Nullable;

/**
 * A data directory: the originals store and the catalog database derived from it. Opening one
 * creates it when missing and brings its schema up to date. One process imports at a time (a
 * lock file says so); any number may read.
 */
public final class Catalog implements AutoCloseable {
    private final Path dir;
    private final Originals originals;
    /** The file that says a rebuild changed the catalog and the index may not have followed. */
    static final String INDEX_STALE = "index.stale";

    private final Connection connection;
    private final @Nullable SearchBackend index;

    private Catalog(Path dir, Originals originals, Connection connection, @Nullable SearchBackend index) {
        this.dir = dir;
        this.originals = originals;
        this.connection = connection;
        this.index = index;
    }

    /** Opens (creating if needed) the data directory with its embedded SQLite catalog. */
    public static Catalog open(Path dataDir) throws IOException {
        return open(dataDir, (SearchBackend) null);
    }

    /**
     * Opens (creating if needed) the data directory with its embedded SQLite catalog; imports
     * and rebuilds keep {@code index} (not owned: the caller closes it) in line with it.
     */
    public static Catalog open(Path dataDir, @Nullable SearchBackend index) throws IOException {
        Files.createDirectories(dataDir);
        return open(dataDir, "jdbc:sqlite:" + dataDir.resolve("catalog.db").toAbsolutePath(), index);
    }

    /** Opens the data directory's originals with the catalog at a JDBC URL (SQLite or PostgreSQL). */
    public static Catalog open(Path dataDir, String jdbcUrl) throws IOException {
        return open(dataDir, jdbcUrl, null);
    }

    /**
     * Opens the catalog at a JDBC URL (null: the embedded SQLite catalog in {@code dataDir}),
     * keeping {@code index} (not owned) in line with it.
     */
    public static Catalog open(Path dataDir, @Nullable String jdbcUrl, @Nullable SearchBackend index)
            throws IOException {
        if (jdbcUrl == null) {
            return open(dataDir, index);
        }
        Originals originals = new Originals(dataDir.resolve("originals"));
        Connection c;
        try {
            c = DriverManager.getConnection(jdbcUrl);
        } catch (SQLException e) {
            throw new CatalogException("cannot open the catalog " + jdbcUrl + ": " + e.getMessage(), e);
        }
        try {
            Dialect.of(jdbcUrl).configure(c);
            Migrator.shipped().migrate(c);
            c.setAutoCommit(false);
            return new Catalog(dataDir, originals, c, index);
        } catch (SQLException | IOException | RuntimeException e) {
            closeQuietly(c);
            if (e instanceof CatalogException ce) {
                throw ce;
            }
            throw new CatalogException("cannot open the catalog: " + e.getMessage(), e);
        }
    }

    public Path dataDir() {
        return dir;
    }

    /** Imports files, folders, zip and tar.gz archives and mbox files; see {@link ImportSummary}. */
    public ImportSummary importPaths(List<Path> paths, ImportOptions options, ImportListener listener)
            throws IOException {
        Inputs.Size size = Inputs.measure(paths);
        listener.started(size.files(), size.bytes());
        Inputs inputs = new Inputs(options.limits(), options.all());
        return exclusively("import", String.join(" ", paths.stream().map(Path::toString).toList()),
                options.threads(), listener, true, sink -> inputs.walk(paths, sink));
    }

    /**
     * Rebuilds the catalog from the originals, the source of truth: every original is read
     * again, in the order first imported, in one transaction (the old catalog stays until it
     * commits). Import runs and rejects are kept.
     */
    public ImportSummary rebuild(ImportOptions options, ImportListener listener) throws IOException {
        List<Item> items = rebuildItems();
        long total = items.stream().mapToLong(Item::diskBytes).sum();
        listener.started(items.size(), total);
        return exclusively("rebuild", "originals", options.threads(), listener, false, sink -> {
            for (Item item : items) {
                sink.accept(item);
            }
        });
    }

    /**
     * Brings the index in line with the catalog: re-indexes from the originals the works it
     * lacks (a crash between the catalog's commit and the index's), drops those the catalog no
     * longer has, and rebuilds it whole after an unfinished rebuild. Returns how many works it
     * indexed or removed; 0 without an index or when they agree.
     */
    public int syncIndex() throws IOException {
        if (index == null) {
            return 0;
        }
        Path stale = dir.resolve(INDEX_STALE);
        boolean full = Files.exists(stale);
        try {
            int changed = IndexSync.run(connection, originals, index, full);
            Files.deleteIfExists(stale);
            return changed;
        } catch (SQLException e) {
            rollback();
            throw new CatalogException("cannot read the catalog: " + e.getMessage(), e);
        }
    }

    /** A stored work by id. */
    public Optional<StoredWork> work(long id) throws IOException {
        return read(() -> Views.work(connection, id));
    }

    /**
     * A stored work with its story text: the catalog's record (the truth) and the body read again
     * from its originals, parts in part order. Empty when the catalog has no such work.
     */
    public Optional<Work> readWork(long id) throws IOException {
        Optional<Stored> stored = read(() -> {
            WorkStore.Stored row = WorkStore.find(connection, id);
            return row == null
                    ? Optional.<Stored>empty()
                    : Optional.of(new Stored(row.record(), OriginalStore.ofWork(connection, id)));
        });
        if (stored.isEmpty()) {
            return Optional.empty();
        }
        WorkRecord record;
        try {
            record = CatalogWriter.parse(stored.get().record());
        } catch (SQLException e) {
            throw new CatalogException("cannot read work " + id + ": " + e.getMessage(), e);
        }
        return Optional.of(
                new Work(record, IndexFeed.body(originals, new WorkReader(), id, stored.get().originals())));
    }

    private record Stored(String record, List<OriginalStore.Row> originals) {
    }

    public CatalogStats stats() throws IOException {
        return read(() -> Views.stats(connection));
    }

    /** The files that could not be imported, oldest first. */
    public List<Reject> rejects() throws IOException {
        return read(() -> RejectStore.all(connection));
    }

    /** The bytes of an original, as given. */
    public Optional<byte[]> original(String sha256) throws IOException {
        return originals.get(sha256);
    }

    @Override
    public void close() throws CatalogException {
        try {
            connection.close();
        } catch (SQLException e) {
            throw new CatalogException("cannot close the catalog: " + e.getMessage(), e);
        }
    }

    private List<Item> rebuildItems() throws IOException {
        List<Item> items = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (OriginalStore.Row r : read(() -> OriginalStore.all(connection))) {
            seen.add(r.sha256());
            items.add(new Item(r.path(), r.name(), originals.path(r.sha256()), null, r.bytes(), null, null));
        }
        for (String sha : originals.list()) {
            if (seen.add(sha)) {
                Path p = originals.path(sha);
                items.add(new Item("originals/" + sha, sha, p, null, Files.size(p), null, null));
            }
        }
        return items;
    }

    private ImportSummary exclusively(String kind, String inputs, int threads, ImportListener listener,
            boolean commitEach, Importer.Feed feed) throws IOException {
        try (FileChannel lockFile = FileChannel.open(dir.resolve("import.lock"), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = tryLock(lockFile);
                WriterLock writer = WriterLock.take(connection)) {
            originals.sweepTemporaries();
            long run = RunStore.start(connection, kind, inputs);
            connection.commit();
            if (!commitEach) {
                markIndexStale();
                WorkStore.clearAll(connection);
            }
            ImportSummary summary = new Importer(connection, originals, threads, index).run(run, feed,
                    listener, commitEach);
            RunStore.finish(connection, run, summary);
            connection.commit();
            if (!commitEach && index != null) {
                index.commit();
                index.refresh();
                Files.deleteIfExists(dir.resolve(INDEX_STALE));
                IndexPending.clear(connection); // a rebuilt index holds every work as it now is
                connection.commit();
            }
            return summary;
        } catch (SQLException e) {
            rollback();
            throw new CatalogException("cannot write the catalog: " + e.getMessage(), e);
        } catch (IOException | RuntimeException e) {
            rollback();
            throw e;
        } catch (InterruptedException e) {
            rollback();
            Thread.currentThread().interrupt();
            throw new CatalogException("the " + kind + " was interrupted", e);
        }
    }

    /** Before a rebuild: says (durably) that the index must be rebuilt whole if this one does not finish. */
    private void markIndexStale() throws IOException {
        if (index == null) {
            return;
        }
        try (FileChannel ch = FileChannel.open(dir.resolve(INDEX_STALE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE)) {
            ch.force(true);
        }
        index.clear();
    }

    private static FileLock tryLock(FileChannel ch) throws IOException {
        try {
            FileLock lock = ch.tryLock();
            if (lock != null) {
                return lock;
            }
        } catch (OverlappingFileLockException e) {
            // held by this process
        }
        throw new CatalogException("another import or rebuild is running on this data directory");
    }

    /** A read-only catalog query. */
    @FunctionalInterface
    private interface Query<T> {
        T run() throws SQLException;
    }

    private synchronized <T> T read(Query<T> q) throws CatalogException {
        try {
            T result = q.run();
            connection.commit();
            return result;
        } catch (SQLException e) {
            rollback();
            throw new CatalogException("cannot read the catalog: " + e.getMessage(), e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException e) {
            // the connection is gone; the database keeps its last committed state
        }
    }

    private static void closeQuietly(Connection c) {
        try {
            c.close();
        } catch (SQLException e) {
            // already failing
        }
    }
}
