package org.ficshelf.catalog;

import java.time.Duration;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What one import or rebuild did.
 *
 * @param skipped how many items were passed over as not stories, by reason
 * @param rejects the items this run rejected, with their reasons
 * @param bytes input bytes read
 */
public record ImportSummary(long runId, int imported, int alreadyPresent, int assembled, int rejected,
        Map<String, Integer> skipped, List<Reject> rejects, long bytes, Duration elapsed) {

    public ImportSummary {
        skipped = Collections.unmodifiableMap(new TreeMap<>(skipped));
        rejects = List.copyOf(rejects);
    }

    public int skippedTotal() {
        return skipped.values().stream().mapToInt(Integer::intValue).sum();
    }
}
