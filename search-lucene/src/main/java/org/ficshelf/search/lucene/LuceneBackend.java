package org.ficshelf.search.lucene;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongConsumer;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchBackend;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;

/**
 * The embedded search backend: a Lucene index in one directory, written by one {@link
 * IndexWriter} and searched through a near-real-time {@link SearcherManager}. Thread-safe:
 * writes from one thread while others search. Uncommitted writes are dropped on close, so what
 * the index holds after a crash is exactly what was last committed.
 */
public final class LuceneBackend implements SearchBackend {
    /** Memory the writer buffers before flushing a segment. */
    static final double RAM_BUFFER_MB = 48;

    private final Directory directory;
    private final IndexWriter writer;
    private final SearcherManager searchers;
    private final SearcherPool pool;
    private final AtomicBoolean closed = new AtomicBoolean();

    private LuceneBackend(Directory directory, IndexWriter writer) throws IOException {
        this.directory = directory;
        this.writer = writer;
        this.searchers = new SearcherManager(writer, null);
        this.pool = new SearcherPool(searchers, Searcher.create(writer.getAnalyzer()));
    }

    /**
     * Opens the index in {@code dir}, creating it (and the directory) when absent; an index of
     * another schema version is emptied (the archive then indexes its works again).
     */
    public static LuceneBackend open(Path dir) {
        Directory directory = null;
        try {
            Files.createDirectories(dir);
            directory = FSDirectory.open(dir);
            IndexWriter writer = new IndexWriter(directory, config());
            checkSchema(writer);
            return new LuceneBackend(directory, writer);
        } catch (IOException | RuntimeException e) {
            closeQuietly(directory);
            throw Failures.map(e, "open the index at " + dir);
        }
    }

    private static IndexWriterConfig config() {
        IndexWriterConfig c = new IndexWriterConfig(Analyzers.perField());
        c.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        c.setRAMBufferSizeMB(RAM_BUFFER_MB);
        c.setCommitOnClose(false);
        return c;
    }

    private static void checkSchema(IndexWriter writer) throws IOException {
        String found = null;
        Iterable<Map.Entry<String, String>> data = writer.getLiveCommitData();
        if (data != null) {
            for (Map.Entry<String, String> e : data) {
                if (e.getKey().equals(Schema.VERSION_KEY)) {
                    found = e.getValue();
                }
            }
        }
        if (found != null && !found.equals(Schema.VERSION)) {
            // Written by another version of the schema: emptied, so that opening the archive
            // indexes every work again from the catalog.
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
            writer.commit();
            return;
        }
        writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
    }

    @Override
    public void index(IndexedWork work) {
        ensureOpen();
        try {
            writer.updateDocument(idTerm(work.id()), pool.searcher().schema().toDocument(work));
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, "index work " + work.id());
        }
    }

    @Override
    public void delete(long id) {
        ensureOpen();
        try {
            writer.deleteDocuments(idTerm(id));
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, "delete work " + id);
        }
    }

    @Override
    public void clear() {
        ensureOpen();
        try {
            writer.deleteAll();
            writer.setLiveCommitData(Map.of(Schema.VERSION_KEY, Schema.VERSION).entrySet());
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, "clear the index");
        }
    }

    @Override
    public void commit() {
        ensureOpen();
        try {
            writer.commit();
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, "commit the index");
        }
    }

    @Override
    public void refresh() {
        ensureOpen();
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, "refresh the index");
        }
    }

    @Override
    public SearchResult search(SearchQuery query) {
        ensureOpen();
        return pool.search(query);
    }

    @Override
    public long count() {
        ensureOpen();
        return pool.count();
    }

    @Override
    public void forEachId(LongConsumer consumer) {
        ensureOpen();
        pool.forEachId(consumer);
    }

    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        List<Exception> failures = new ArrayList<>();
        closeCollecting(searchers, failures);
        closeCollecting(writer, failures);
        closeCollecting(directory, failures);
        if (!failures.isEmpty()) {
            throw Failures.map(failures.get(0), "close the index");
        }
    }

    private static void closeCollecting(AutoCloseable c, List<Exception> failures) {
        try {
            c.close();
        } catch (Exception e) {
            failures.add(e);
        }
    }

    private static void closeQuietly(Directory d) {
        if (d != null) {
            try {
                d.close();
            } catch (IOException ignored) {
                // already failing: the first failure is the one reported
            }
        }
    }

    private void ensureOpen() {
        if (closed.get()) {
            throw new SearchException(SearchException.Reason.CLOSED, "the search index is closed");
        }
    }

    private static Term idTerm(long id) {
        return new Term(Schema.ID, Long.toString(id));
    }
}
