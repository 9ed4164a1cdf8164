package org.ficshelf.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.ficshelf.Archive;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.lucene.LuceneBackend;
import org.ficshelf.search.lucene.LuceneReader;
import org.jspecify.annotations.Nullable;

/**
 * Opens an archive with its embedded Lucene index, kept in the data directory's {@code index/};
 * the data directory's {@code canon/} folder, when there is one, extends the bundled canon.
 */
final class Indexes {
    /** The index directory inside a data directory. */
    static final String INDEX_DIR = "index";

    /** The embedded backend for a data directory. */
    static final Archive.SearchBackendFactory LUCENE = dataDir -> LuceneBackend
            .open(dataDir.resolve(INDEX_DIR));

    private Indexes() {
    }

    /** Opens (creating when missing) the archive and its index, bringing the index in line. */
    static Archive open(Path dataDir) throws IOException {
        CanonFolder.use(null, dataDir);
        return Archive.open(dataDir, LUCENE);
    }

    /** The same with the catalog at a JDBC URL (null: the embedded one). */
    static Archive open(Path dataDir, @Nullable String jdbcUrl) throws IOException {
        CanonFolder.use(null, dataDir);
        return Archive.open(dataDir, jdbcUrl, LUCENE);
    }

    /**
     * Opens an archive that must exist for serving: the index is brought in line first (unless an
     * import holds it), then read without a lock, so imports may run while it is served.
     */
    static Archive openForServing(Path dataDir, @Nullable String jdbcUrl) throws IOException {
        CanonFolder.use(null, dataDir);
        try (Archive synced = Archive.openExisting(dataDir, jdbcUrl, LUCENE)) {
            // opened only to bring the index in line with the catalog
        } catch (SearchException e) {
            if (e.reason() != SearchException.Reason.LOCKED) {
                throw e;
            }
        }
        return Archive.openReadOnly(dataDir, jdbcUrl, dir -> LuceneReader.open(dir.resolve(INDEX_DIR)));
    }

    /** Opens an archive that must exist, with its index. */
    static Archive openExisting(Path dataDir) throws IOException {
        CanonFolder.use(null, dataDir);
        return Archive.openExisting(dataDir, LUCENE);
    }

    /** The same with the catalog at a JDBC URL (null: the embedded one). */
    static Archive openExisting(Path dataDir, @Nullable String jdbcUrl) throws IOException {
        CanonFolder.use(null, dataDir);
        return Archive.openExisting(dataDir, jdbcUrl, LUCENE);
    }
}
