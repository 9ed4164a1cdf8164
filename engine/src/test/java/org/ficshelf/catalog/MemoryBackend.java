package org.ficshelf.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongConsumer;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchBackend;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * A search backend in memory for catalog tests: writes pile up, {@link #refresh()} shows them,
 * {@link #commit()} keeps them (or fails, with {@link #failCommits}), {@link #crash()} drops
 * what was not committed. Every hit is every visible work.
 */
final class MemoryBackend implements SearchBackend {
    private Map<Long, IndexedWork> writing = new TreeMap<>();
    private Map<Long, IndexedWork> visible = new TreeMap<>();
    private Map<Long, IndexedWork> committed = new TreeMap<>();
    volatile boolean failCommits;
    int indexCalls;
    int commits;
    int refreshes;

    @Override
    public synchronized void index(IndexedWork work) {
        indexCalls++;
        writing.put(work.id(), work);
    }

    @Override
    public synchronized void delete(long id) {
        writing.remove(id);
    }

    @Override
    public synchronized void clear() {
        writing.clear();
    }

    @Override
    public synchronized void commit() {
        if (failCommits) {
            throw new IllegalStateException("power cut");
        }
        commits++;
        committed = new TreeMap<>(writing);
        visible = new TreeMap<>(writing);
    }

    @Override
    public synchronized void refresh() {
        refreshes++;
        visible = new TreeMap<>(writing);
    }

    /** A process death: the next open sees the last commit. */
    synchronized void crash() {
        writing = new TreeMap<>(committed);
        visible = new TreeMap<>(committed);
    }

    synchronized @Nullable IndexedWork visible(long id) {
        return visible.get(id);
    }

    synchronized Map<Long, IndexedWork> committed() {
        return new TreeMap<>(committed);
    }

    @Override
    public synchronized SearchResult search(SearchQuery query) {
        List<SearchResult.Hit> hits = new ArrayList<>();
        for (IndexedWork w : visible.values()) {
            hits.add(new SearchResult.Hit(w.id(), 0, w.title(), w.authors(), List.of()));
        }
        return new SearchResult(hits.size(), hits, Map.of(), null);
    }

    @Override
    public synchronized long count() {
        return visible.size();
    }

    @Override
    public synchronized void forEachId(LongConsumer consumer) {
        visible.keySet().forEach(consumer::accept);
    }

    @Override
    public void close() {
    }
}
