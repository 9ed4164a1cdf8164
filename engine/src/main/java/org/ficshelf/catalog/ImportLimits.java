package org.ficshelf.catalog;

/**
 * Bounds on what an import reads, against hostile archives (zip bombs) and runaway inputs.
 *
 * @param maxFileBytes the largest file or archive entry imported
 * @param maxArchiveBytes the most bytes extracted from one archive, nested archives included
 * @param maxEntries the most entries read from one archive
 * @param maxRatio the highest compression ratio accepted once {@code ratioFloor} bytes are out
 * @param ratioFloor below this many extracted bytes the ratio is not checked (tiny files
 *        compress well)
 * @param maxDepth how deep archives inside archives are opened
 */
public record ImportLimits(long maxFileBytes, long maxArchiveBytes, int maxEntries, int maxRatio,
        long ratioFloor,
        int maxDepth) {

    public ImportLimits {
        if (maxFileBytes <= 0 || maxArchiveBytes <= 0 || maxEntries <= 0 || maxRatio <= 1 || ratioFloor < 0
                || maxDepth < 0) {
            throw new IllegalArgumentException("import limits must be positive");
        }
    }

    /** 64 MiB per file, 2 GiB and 100,000 entries per archive, ratio 100:1 past 1 MiB, 3 levels. */
    public static ImportLimits defaults() {
        return new ImportLimits(64L << 20, 2L << 30, 100_000, 100, 1L << 20, 3);
    }
}
