package org.ficshelf.search.lucene;

import java.io.IOException;
import java.util.function.LongConsumer;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.util.Bits;
import org.ficshelf.search.SearchQuery;
import org.ficshelf.search.SearchResult;

/** Searches over the searchers of a {@link SearcherManager}: acquire, run, release, map failures. */
final class SearcherPool {
    private final SearcherManager searchers;
    private final Searcher searcher;

    SearcherPool(SearcherManager searchers, Searcher searcher) {
        this.searchers = searchers;
        this.searcher = searcher;
    }

    Searcher searcher() {
        return searcher;
    }

    SearcherManager manager() {
        return searchers;
    }

    SearchResult search(SearchQuery query) {
        return with("search", s -> searcher.search(s, query));
    }

    long count() {
        return with("count", s -> (long) s.getIndexReader().numDocs());
    }

    void forEachId(LongConsumer consumer) {
        with("list ids", s -> {
            for (LeafReaderContext leaf : s.getIndexReader().leaves()) {
                forEachId(leaf, consumer);
            }
            return null;
        });
    }

    private static void forEachId(LeafReaderContext leaf, LongConsumer consumer) throws IOException {
        NumericDocValues ids = leaf.reader().getNumericDocValues(Schema.ID);
        if (ids == null) {
            return;
        }
        Bits live = leaf.reader().getLiveDocs();
        for (int doc = ids.nextDoc(); doc != NumericDocValues.NO_MORE_DOCS; doc = ids.nextDoc()) {
            if (live == null || live.get(doc)) {
                consumer.accept(ids.longValue());
            }
        }
    }

    /** An operation on an acquired searcher. */
    interface SearcherTask<T> {
        T run(IndexSearcher s) throws IOException;
    }

    <T> T with(String what, SearcherTask<T> task) {
        IndexSearcher s = null;
        try {
            s = searchers.acquire();
            return task.run(s);
        } catch (IOException | RuntimeException e) {
            throw Failures.map(e, what);
        } finally {
            release(s);
        }
    }

    private void release(IndexSearcher s) {
        if (s == null) {
            return;
        }
        try {
            searchers.release(s);
        } catch (IOException e) {
            throw Failures.map(e, "release a searcher");
        }
    }
}
