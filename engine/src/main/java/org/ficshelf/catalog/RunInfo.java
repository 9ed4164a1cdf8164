package org.ficshelf.catalog;

import org.jspecify.annotations.Nullable;

/** One import or rebuild run and its counts; {@code finished} is null for a run that was killed. */
public record RunInfo(long id, String kind, String started, @Nullable String finished, String inputs,
        int imported, int alreadyPresent, int assembled, int rejected) {
}
