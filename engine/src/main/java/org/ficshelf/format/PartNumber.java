package org.ficshelf.format;

import org.jspecify.annotations.Nullable;

/** "Part n of m" as a container or heading states it; {@code of} is null when unknown ("Part 3"). */
public record PartNumber(int part, @Nullable Integer of) {
    public PartNumber {
        if (part < 0 || (of != null && of < 0)) {
            throw new IllegalArgumentException("negative part number");
        }
    }

    /** True when the numbers say more parts follow this one. */
    public boolean morePartsFollow() {
        return of != null && part < of;
    }
}
