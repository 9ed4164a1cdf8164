package org.ficshelf.bench;

import java.io.PrintStream;
import java.util.Locale;

/**
 * What a chunked run will hold on disk at its end, and at most on the way: each subject's data
 * as a ratio of the raw corpus bytes (measured ones once chunks are done, else those of earlier
 * runs), the chunk being imported, and headroom for index merges.
 */
record DiskPlan(Ratios ratios, long rawBytes, long chunkBytes, boolean generated, boolean dropOriginals) {
    /** Generated story files plus their truth records and file-system blocks, over the story bytes. */
    static final double GENERATED_ON_DISK = 1.15;
    /** Space a merge of the largest Lucene segments needs before it frees the old ones. */
    private static final long MERGE_HEADROOM = 5_500_000_000L;
    private static final long SLACK = 1_000_000_000L;

    /** Bytes on disk per raw corpus byte, for each subject's data. */
    record Ratios(double ficshelfIndex, double catalog, double originals, double luceneAlone, double fts5,
            boolean measured) {
        /**
         * From earlier runs: Ficshelf index 0.289 and catalog 0.18 at 100k works, originals
         * verbatim plus a file-system block each, Lucene alone 0.21 at 10k, and FTS5 with the
         * snippet-prefix content table 0.634 at 10k.
         */
        static final Ratios PRIOR = new Ratios(0.30, 0.19, 1.05, 0.22, 0.66, false);

        /** The ratios the sizes after {@code rawDone} bytes show, for the subjects measured so far. */
        static Ratios measured(RunState.Sizes s, long rawDone, long originalsDone) {
            double r = rawDone;
            return new Ratios(s.ficshelfIndex() / r, s.catalog() / r, originalsDone / r, s.luceneAlone() / r,
                    s.fts5() / r, true);
        }
    }

    long ficshelfIndex() {
        return (long) (rawBytes * ratios.ficshelfIndex());
    }

    long catalog() {
        return (long) (rawBytes * ratios.catalog());
    }

    /** Originals held at once: all of them, or one chunk's when each chunk's are dropped. */
    long originals() {
        return (long) ((dropOriginals ? chunkBytes : rawBytes) * ratios.originals());
    }

    long luceneAlone() {
        return (long) (rawBytes * ratios.luceneAlone());
    }

    long fts5() {
        return (long) (rawBytes * ratios.fts5());
    }

    long corpusChunk() {
        return generated ? (long) (chunkBytes * GENERATED_ON_DISK) : 0;
    }

    long headroom() {
        return Math.min(MERGE_HEADROOM, ficshelfIndex() / 2) + SLACK;
    }

    /** The most the run holds at once: everything at its end, the last chunk, headroom. */
    long peak() {
        return ficshelfIndex() + catalog() + originals() + luceneAlone() + fts5() + corpusChunk()
                + headroom();
    }

    void print(PrintStream log, long alreadyUsed, long free) {
        log.printf(Locale.ROOT,
                "disk (%s ratios): at most %.1f GB for %.1f GB of raw text: ficshelf index %.1f, catalog %.1f, "
                        + "originals %.1f (%s), lucene alone %.1f, fts5 %.1f, corpus chunk %.1f, merge headroom %.1f%n",
                ratios.measured() ? "measured" : "prior", peak() / 1e9, rawBytes / 1e9, ficshelfIndex() / 1e9,
                catalog() / 1e9, originals() / 1e9,
                dropOriginals ? "one chunk's: dropped after each chunk" : "all kept", luceneAlone() / 1e9,
                fts5() / 1e9, corpusChunk() / 1e9, headroom() / 1e9);
        log.printf(Locale.ROOT, "disk: the run holds %.1f GB now, needs %.1f GB more; %.1f GB free%s%n",
                alreadyUsed / 1e9, more(alreadyUsed) / 1e9, free / 1e9,
                fits(alreadyUsed, free) ? "" : ": NOT ENOUGH");
    }

    long more(long alreadyUsed) {
        return Math.max(0, peak() - alreadyUsed);
    }

    boolean fits(long alreadyUsed, long free) {
        return more(alreadyUsed) <= free;
    }
}
