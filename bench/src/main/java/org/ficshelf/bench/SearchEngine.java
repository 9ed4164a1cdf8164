package org.ficshelf.bench;

import java.util.List;

/** A search engine under test: runs the mix's queries, one session per client thread. */
interface SearchEngine extends AutoCloseable {
    /** The engine's name in tables and JSON. */
    String name();

    /** Runs each query once before timing, so that cursors and the like are ready. */
    void prepare(List<BenchQuery> mix) throws Exception;

    /** A session for one client thread. */
    Session session() throws Exception;

    @Override
    void close() throws Exception;

    /** One client's connection to the engine. */
    interface Session extends AutoCloseable {
        /** Runs the query; returns the total number of matching works. */
        long run(BenchQuery q) throws Exception;

        @Override
        default void close() throws Exception {
        }
    }
}
