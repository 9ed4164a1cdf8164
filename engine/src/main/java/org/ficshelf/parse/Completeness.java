package org.ficshelf.parse;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** What the body says of completeness: the verdict and the line that decided it. */
record Completeness(@Nullable Boolean complete, List<String> evidence) {
    static final Completeness UNKNOWN = new Completeness(null, List.of());

    Completeness {
        evidence = List.copyOf(evidence);
    }
}
