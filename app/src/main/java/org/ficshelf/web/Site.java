package org.ficshelf.web;

import java.io.IOException;
import java.util.Objects;
import org.ficshelf.Archive;
import org.ficshelf.catalog.CatalogStats;
import org.jspecify.annotations.Nullable;

/**
 * What every route needs: the archive it serves, the page templates, the site's name and the
 * archive's counts, kept briefly (they cost a pass over the catalog).
 *
 * @param name the site's name, shown in page titles and feeds
 */
public record Site(Archive archive, Templates templates, String name, RecentStats counts) {
    public Site {
        Objects.requireNonNull(archive, "archive");
        Objects.requireNonNull(templates, "templates");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(counts, "counts");
    }

    /** A site named Ficshelf over {@code archive} with the compiled-in templates. */
    public static Site of(Archive archive) {
        return new Site(archive, Templates.precompiled(), "Ficshelf", new RecentStats(archive));
    }

    /** The archive's counts as of at most {@link RecentStats#MAX_AGE_NANOS} ago. */
    public CatalogStats stats() throws IOException {
        return counts.get();
    }

    /** The catalog's counts, computed again when older than {@link #MAX_AGE_NANOS}. */
    public static final class RecentStats {
        /** How stale the counts on home, fandom and feed pages may be: ten seconds. */
        static final long MAX_AGE_NANOS = 10_000_000_000L;

        private final Archive archive;
        private @Nullable CatalogStats stats;
        private long taken;

        RecentStats(Archive archive) {
            this.archive = archive;
        }

        synchronized CatalogStats get() throws IOException {
            long now = System.nanoTime();
            if (stats == null || now - taken > MAX_AGE_NANOS) {
                stats = archive.stats();
                taken = now;
            }
            return stats;
        }
    }
}
