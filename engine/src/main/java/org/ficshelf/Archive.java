package org.ficshelf;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.ficshelf.catalog.Catalog;
import org.ficshelf.catalog.CatalogStats;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import org.ficshelf.catalog.Reject;
import org.ficshelf.catalog.StoredWork;

/**
 * The archive: what the command line and the web app call. It owns a data directory (originals
 * and catalog; later the search index) so that neither edge touches SQL or a search engine.
 */
public final class Archive implements AutoCloseable {
    /** The data directory used when none is given. */
    public static final Path DEFAULT_DATA = Path.of("data");

    private final Catalog catalog;

    private Archive(Catalog catalog) {
        this.catalog = catalog;
    }

    /** Opens the archive in {@code dataDir}, creating it when missing. */
    public static Archive open(Path dataDir) throws IOException {
        return new Archive(Catalog.open(dataDir));
    }

    /** Opens an archive that must already exist (for commands that only read). */
    public static Archive openExisting(Path dataDir) throws IOException {
        if (!java.nio.file.Files.isRegularFile(dataDir.resolve("catalog.db"))) {
            throw new java.nio.file.NoSuchFileException(dataDir + "/catalog.db", null,
                    "no archive here; run ficshelf import first");
        }
        return open(dataDir);
    }

    /** Imports files, folders, zip and tar.gz archives and mbox files. */
    public ImportSummary importPaths(List<Path> paths, ImportOptions options, ImportListener listener)
            throws IOException {
        return catalog.importPaths(paths, options, listener);
    }

    /** Rebuilds the catalog from the originals. */
    public ImportSummary rebuild(ImportOptions options, ImportListener listener) throws IOException {
        return catalog.rebuild(options, listener);
    }

    public Optional<StoredWork> work(long id) throws IOException {
        return catalog.work(id);
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
        catalog.close();
    }
}
