package org.ficshelf.testing;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Ties the test PostgreSQL to the JUnit run: once started, the server is kept in the root store,
 * so JUnit stops it when the run ends (the JVM's shutdown hook is the fallback), and the schemas
 * a test class made are dropped after it.
 */
public final class PostgresExtension implements AfterAllCallback {
    @Override
    public void afterAll(ExtensionContext context) throws Exception {
        TestPostgres server = TestPostgres.ifStarted();
        if (server == null) {
            return;
        }
        context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL).getOrComputeIfAbsent(Running.class,
                k -> new Running(server), Running.class);
        CatalogDb.dropAll();
    }

    /** The running server as a resource JUnit closes at the end of the run. */
    private record Running(TestPostgres server) implements AutoCloseable {
        @Override
        public void close() {
            server.stop();
        }
    }
}
