package org.ficshelf.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchBackend;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;

/**
 * A read-only view of the index in a directory that another process may be writing (an import
 * while the archive is served). It takes no write lock and sees each commit of the writer at
 * most {@link #REFRESH_NANOS} after it. Writes are refused.
 */
public final class LuceneReader implements SearchBackend {
    /** How stale a search may be: the reader looks for a newer commit at most this often. */
    static final long REFRESH_NANOS = 1_000_000_000L;

    private final Directory directory;
    private final SearcherPool pool;
    private final AtomicLong lastCheck = new AtomicLong(System.nanoTime());
    private final AtomicBoolean closed = new AtomicBoolean();

    private LuceneReader(Directory directory, SearcherManager searchers) {
        this.directory = directory;
        this.pool = new SearcherPool(searchers, Searcher.create(Analyzers.perField()));
    }

    /** Opens the index in {@code dir} for reading; it must exist (an import or rebuild makes it). */
    public static LuceneReader open(Path dir) {
        Directory directory = null;
        try {
            if (!Files.isDirectory(dir)) {
                throw new SearchException(SearchException.Reason.IO,
                        "there is no search index at " + dir + "; import something or rebuild first");
            }
            directory = FSDirectory.open(dir);
            if (!DirectoryReader.indexExists(directory)) {
                throw new SearchException(SearchException.Reason.IO,
                        "there is no search index at " + dir + "; import something or rebuild first");
            }
            SearcherManager searchers = new SearcherManager(directory, null);
            checkSchema(searchers, dir);
            return new LuceneReader(directory, searchers);
        } catch (IOException | RuntimeException e) {
            if (directory != null) {
                try {
                    directory.close();
                } catch (IOException ignored) {
                    // already failing
                }
            }
            throw Failures.map(e, "open the index at " + dir);
        }
    }

    private static void checkSchema(SearcherManager searchers, Path dir) throws IOException {
        var s = searchers.acquire();
        try {
            String found = ((DirectoryReader) s.getIndexReader()).getIndexCommit().getUserData()
                    .get(Schema.VERSION_KEY);
            if (found != null && !found.equals(Schema.VERSION)) {
                throw new SearchException(SearchException.Reason.CORRUPT, "the index at " + dir
                        + " has schema version " + found + ", this Ficshelf reads " + Schema.VERSION
                        + ": rebuild the index");
            }
        } finally {
            searchers.release(s);
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        catchUp();
        return pool.search(query);
    }

    @Override
    public long count() {
        catchUp();
        return pool.count();
    }

    @Override
    public void forEachId(LongConsumer consumer) {
        catchUp();
        pool.forEachId(consumer);
    }

    /** Looks for the writer's newest commit, at most once per {@link #REFRESH_NANOS}, without waiting. */
    private void catchUp() {
        ensureOpen();
        long now = System.nanoTime();
        long last = lastCheck.get();
        if (now - last >= REFRESH_NANOS && lastCheck.compareAndSet(last, now)) {
            try {
                pool.manager().maybeRefresh();
            } catch (IOException | RuntimeException e) {
                throw Failures.map(e, "refresh the index");
            }
        }
    }

    @Override
    public void refresh() {
        ensureOpen();
        try {
            pool.manager().maybeRefreshBlocking();
            lastCheck.set(System.nanoTime());
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, "refresh the index");
        }
    }

    @Override
    public void index(IndexedWork work) {
        throw readOnly();
    }

    @Override
    public void delete(long id) {
        throw readOnly();
    }

    @Override
    public void clear() {
        throw readOnly();
    }

    @Override
    public void commit() {
        throw readOnly();
    }

    private static SearchException readOnly() {
        return new SearchException(SearchException.Reason.READ_ONLY, "this search index is open read-only");
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new SearchException(SearchException.Reason.CLOSED, "the search index is closed");
        }
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        try {
            pool.manager().close();
            directory.close();
        } catch (IOException e) {
            throw Failures.map(e, "close the index");
        }
    }
}
