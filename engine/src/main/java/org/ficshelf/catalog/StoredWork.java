package org.ficshelf.catalog;

import java.util.List;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/** A work as the catalog holds it: its id, its record, when and by which run it came, its originals. */
public record StoredWork(long id, WorkRecord record, String added, long runId, List<Original> originals) {

    public StoredWork {
        originals = List.copyOf(originals);
    }

    /** One original of a work: its address, where it was found, its part number if it is a part. */
    public record Original(String sha256, String path, long bytes, @Nullable Integer part) {
    }
}
