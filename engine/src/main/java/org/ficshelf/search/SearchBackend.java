package org.ficshelf.search;

import java.util.function.LongConsumer;

/**
 * A search index of works: the embedded Lucene index or a search server. It is derived data,
 * rebuilt from the catalog on demand, so writes are idempotent by work id.
 *
 * <p>Writes may come from one writer thread while any number of threads search. A write is
 * visible to searches after {@link #refresh()} and survives a crash after {@link #commit()}.
 * Every method fails only with a {@link SearchException}.
 */
public interface SearchBackend extends AutoCloseable {

    /** Adds the work, or replaces the work with the same id. */
    void index(IndexedWork work);

    /** Adds or replaces each work, in one batch where the backend can. */
    default void indexAll(Iterable<IndexedWork> works) {
        for (IndexedWork w : works) {
            index(w);
        }
    }

    /** Removes the work with this id; no error when there is none. */
    void delete(long id);

    /** Removes every work, to rebuild the index; a reader sees the old index until the next commit or refresh. */
    void clear();

    /** Makes every write so far durable. */
    void commit();

    /** Makes every write so far visible to searches (near real time: without a commit). */
    void refresh();

    /** One page of the query's results over the visible works. */
    SearchResult search(SearchQuery query);

    /** How many works are visible. */
    long count();

    /** Calls {@code consumer} with the id of every visible work, in no particular order. */
    void forEachId(LongConsumer consumer);

    /** Releases the index; writes not committed are lost (they are derived and can be replayed). */
    @Override
    void close();
}
