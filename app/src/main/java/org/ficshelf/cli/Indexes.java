package org.ficshelf.cli;

import java.io.IOException;
import java.nio.file.Path;
import org.ficshelf.Archive;
import org.ficshelf.search.lucene.LuceneBackend;
import org.jspecify.annotations.Nullable;

/** Opens an archive with its embedded Lucene index, kept in the data directory's {@code index/}. */
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
        return Archive.open(dataDir, LUCENE);
    }

    /** The same with the catalog at a JDBC URL (null: the embedded one). */
    static Archive open(Path dataDir, @Nullable String jdbcUrl) throws IOException {
        return Archive.open(dataDir, jdbcUrl, LUCENE);
    }

    /** Opens an archive that must exist, with its index. */
    static Archive openExisting(Path dataDir) throws IOException {
        return Archive.openExisting(dataDir, LUCENE);
    }

    /** The same with the catalog at a JDBC URL (null: the embedded one). */
    static Archive openExisting(Path dataDir, @Nullable String jdbcUrl) throws IOException {
        return Archive.openExisting(dataDir, jdbcUrl, LUCENE);
    }
}
