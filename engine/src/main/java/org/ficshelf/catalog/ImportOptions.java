package org.ficshelf.catalog;

/**
 * How an import runs.
 *
 * @param all import every file, even those whose names say they are not stories
 * @param threads parser threads (the catalog itself has one writer)
 */
public record ImportOptions(ImportLimits limits, boolean all, int threads) {
    public ImportOptions {
        if (threads < 1) {
            throw new IllegalArgumentException("threads < 1");
        }
    }

    /** Default limits, names respected, one parser per core. */
    public static ImportOptions defaults() {
        return new ImportOptions(ImportLimits.defaults(), false, Runtime.getRuntime().availableProcessors());
    }
}
