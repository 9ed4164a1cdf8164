package org.ficshelf;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.ficshelf.catalog.Catalog;
import org.ficshelf.catalog.CatalogStats;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import org.ficshelf.catalog.Reject;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchBackend;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * The archive: what the command line and the web app call. It owns a data directory (originals,
 * catalog and search index) so that neither edge touches SQL or a search engine.
 */
public final class Archive implements AutoCloseable {
    /** The data directory used when none is given. */
    public static final Path DEFAULT_DATA = Path.of("data");

    /** Opens the search backend of a data directory (the engine knows no backend by name). */
    @FunctionalInterface
    public interface SearchBackendFactory {
        /** Opens (creating when absent) the index kept for the archive in {@code dataDir}. */
        SearchBackend open(Path dataDir);
    }

    private final Catalog catalog;
    private final @Nullable SearchBackend index;
    private final int reindexed;
    private final RecentWorks recent = new RecentWorks(RECENT_WORKS);
    private static final int RECENT_WORKS = 32;

    private Archive(Catalog catalog, @Nullable SearchBackend index, int reindexed) {
        this.catalog = catalog;
        this.index = index;
        this.reindexed = reindexed;
    }

    /** Opens the archive in {@code dataDir}, creating it when missing, without a search index. */
    public static Archive open(Path dataDir) throws IOException {
        return new Archive(Catalog.open(dataDir), null, 0);
    }

    /**
     * Opens the archive in {@code dataDir} with its search index, creating both when missing.
     * Imports and rebuilds keep the index in line with the catalog; when the index is missing,
     * behind (a crash) or otherwise disagrees with the catalog, it is brought in line here, from
     * the originals.
     */
    public static Archive open(Path dataDir, SearchBackendFactory indexes) throws IOException {
        return open(dataDir, null, indexes);
    }

    /**
     * Opens the archive in {@code dataDir} with its catalog at {@code jdbcUrl} (a
     * {@code jdbc:postgresql:} or {@code jdbc:sqlite:} URL; null: the embedded SQLite catalog in
     * {@code dataDir}) and, when {@code indexes} is given, its search index, brought in line as
     * {@link #open(Path, SearchBackendFactory)} says. The originals stay in {@code dataDir}.
     */
    public static Archive open(Path dataDir, @Nullable String jdbcUrl, @Nullable SearchBackendFactory indexes)
            throws IOException {
        Files.createDirectories(dataDir);
        SearchBackend index = indexes == null ? null : indexes.open(dataDir);
        Catalog catalog = null;
        try {
            catalog = Catalog.open(dataDir, jdbcUrl, index);
            int reindexed = catalog.syncIndex();
            return new Archive(catalog, index, reindexed);
        } catch (IOException | RuntimeException e) {
            if (catalog != null) {
                closeQuietly(catalog);
            }
            if (index != null) {
                closeQuietly(index);
            }
            throw e;
        }
    }

    /** Opens an archive that must already exist (for commands that only read), without an index. */
    public static Archive openExisting(Path dataDir) throws IOException {
        requireExisting(dataDir, null);
        return open(dataDir);
    }

    /** Opens an archive that must already exist, with its search index. */
    public static Archive openExisting(Path dataDir, SearchBackendFactory indexes) throws IOException {
        return openExisting(dataDir, null, indexes);
    }

    /**
     * Opens an existing archive to read while another process may import into it (a served
     * archive): its catalog at {@code jdbcUrl} (null: the embedded one), {@code readers} opening
     * the index without a write lock. The index is not brought in line here: open the archive once
     * with {@link #open(Path, String, SearchBackendFactory)} first.
     */
    public static Archive openReadOnly(Path dataDir, @Nullable String jdbcUrl, SearchBackendFactory readers)
            throws IOException {
        requireExisting(dataDir, jdbcUrl);
        SearchBackend index = readers.open(dataDir);
        try {
            return new Archive(Catalog.open(dataDir, jdbcUrl, index), index, 0);
        } catch (IOException | RuntimeException e) {
            closeQuietly(index);
            throw e;
        }
    }

    /**
     * Opens an archive that must already exist, its catalog at {@code jdbcUrl} (null: the embedded
     * one), with its search index when {@code indexes} is given.
     */
    public static Archive openExisting(Path dataDir, @Nullable String jdbcUrl,
            @Nullable SearchBackendFactory indexes) throws IOException {
        requireExisting(dataDir, jdbcUrl);
        return open(dataDir, jdbcUrl, indexes);
    }

    /** The embedded catalog must be there; a catalog elsewhere needs its data directory (the originals). */
    private static void requireExisting(Path dataDir, @Nullable String jdbcUrl) throws NoSuchFileException {
        if (jdbcUrl == null && !Files.isRegularFile(dataDir.resolve("catalog.db"))) {
            throw new NoSuchFileException(dataDir + "/catalog.db", null,
                    "no archive here; run ficshelf import first");
        }
        if (jdbcUrl != null && !Files.isDirectory(dataDir)) {
            throw new NoSuchFileException(dataDir.toString(), null,
                    "no archive data directory here; run ficshelf import first");
        }
    }

    /**
     * One page of works matching the query. Fails with a {@link SearchException}: a bad query or
     * cursor ({@link SearchException#isCallerError()}), or an index problem.
     */
    public SearchResult search(SearchQuery query) {
        return requireIndex().search(query);
    }

    /** How many works the search index holds (visible ones). */
    public long indexedWorks() {
        return requireIndex().count();
    }

    /** How many works opening this archive had to index or remove to bring the index in line. */
    public int reindexedOnOpen() {
        return reindexed;
    }

    private SearchBackend requireIndex() {
        if (index == null) {
            throw new SearchException(SearchException.Reason.CLOSED,
                    "this archive was opened without a search index");
        }
        return index;
    }

    /** Imports files, folders, zip and tar.gz archives and mbox files. */
    public ImportSummary importPaths(List<Path> paths, ImportOptions options, ImportListener listener)
            throws IOException {
        return catalog.importPaths(paths, options, listener);
    }

    /** Rebuilds the catalog from the originals, and the search index from the catalog. */
    public ImportSummary rebuild(ImportOptions options, ImportListener listener) throws IOException {
        return catalog.rebuild(options, listener);
    }

    public Optional<StoredWork> work(long id) throws IOException {
        return catalog.work(id);
    }

    /**
     * A stored work with its story text (read again from its originals), for readers and
     * downloads. The last few works read are kept in memory.
     */
    public Optional<Work> read(long id) throws IOException {
        Work cached = recent.get(id);
        if (cached != null) {
            return Optional.of(cached);
        }
        Optional<Work> work = catalog.readWork(id);
        work.ifPresent(w -> recent.put(id, w));
        return work;
    }

    public CatalogStats stats() throws IOException {
        return catalog.stats();
    }

    public List<Reject> rejects() throws IOException {
        return catalog.rejects();
    }

    /** The bytes of an original, as given. */
    public Optional<byte[]> original(String sha256) throws IOException {
        return catalog.original(sha256);
    }

    public Path dataDir() {
        return catalog.dataDir();
    }

    @Override
    public void close() throws IOException {
        try {
            catalog.close();
        } finally {
            if (index != null) {
                index.close();
            }
        }
    }

    private static void closeQuietly(AutoCloseable c) {
        try {
            c.close();
        } catch (Exception e) {
            // already failing: the first failure is the one reported
        }
    }

    /** The works read last, least recently used dropped first; safe for concurrent readers. */
    private static final class RecentWorks {
        private final Map<Long, Work> works;

        RecentWorks(int capacity) {
            this.works = Collections.synchronizedMap(new LinkedHashMap<>(capacity, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<Long, Work> eldest) {
                    return size() > capacity;
                }
            });
        }

        @Nullable
        Work get(long id) {
            return works.get(id);
        }

        void put(long id, Work work) {
            works.put(id, work);
        }
    }
}
