package org.ficshelf.web;

import java.io.IOException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
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

    /**
     * The catalog's counts, kept for {@link #MAX_AGE_NANOS}. Only the first request waits for
     * them; once they are older, requests go on getting the kept counts while one background
     * thread computes them again (at 100,000 works a pass over the catalog takes about half a
     * second, which no page request should pay).
     */
    public static final class RecentStats {
        /** How stale the counts on home, fandom and feed pages may be: ten seconds. */
        static final long MAX_AGE_NANOS = 10_000_000_000L;

        /** Where the counts come from: the archive's catalog. */
        @FunctionalInterface
        interface Source {
            CatalogStats stats() throws IOException;
        }

        private record Taken(CatalogStats stats, long at) {
        }

        private final Source source;
        private final LongSupplier clock;
        private final AtomicBoolean refreshing = new AtomicBoolean();
        private volatile @Nullable Taken taken;

        RecentStats(Archive archive) {
            this(archive::stats, System::nanoTime);
        }

        RecentStats(Source source, LongSupplier clock) {
            this.source = source;
            this.clock = clock;
        }

        CatalogStats get() throws IOException {
            Taken t = taken;
            if (t == null) {
                return first();
            }
            if (clock.getAsLong() - t.at() > MAX_AGE_NANOS && refreshing.compareAndSet(false, true)) {
                Thread.ofVirtual().name("ficshelf-stats").start(this::refresh);
            }
            return t.stats();
        }

        private synchronized CatalogStats first() throws IOException {
            Taken t = taken;
            if (t == null) {
                t = new Taken(source.stats(), clock.getAsLong());
                taken = t;
            }
            return t.stats();
        }

        private void refresh() {
            try {
                taken = new Taken(source.stats(), clock.getAsLong());
            } catch (IOException | RuntimeException e) {
                // keep the counts we have; the next stale request tries again
            } finally {
                refreshing.set(false);
            }
        }
    }
}
