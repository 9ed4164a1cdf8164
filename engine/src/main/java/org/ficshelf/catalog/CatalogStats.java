package org.ficshelf.catalog;

import java.util.List;
import java.util.Map;

/**
 * Counts over the catalog: works and words; works by fandom, rating and language (most first);
 * originals and rejects kept; the import runs.
 */
public record CatalogStats(long works, long words, Map<String, Long> byFandom, Map<String, Long> byRating,
        Map<String, Long> byLanguage, long originals, long rejects, List<RunInfo> runs) {

    public CatalogStats {
        runs = List.copyOf(runs);
    }
}
