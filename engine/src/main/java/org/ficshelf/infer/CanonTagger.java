package org.ficshelf.infer;

import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/** Proposes fandoms, characters, relationships and categories from canon knowledge. */
public final class CanonTagger {
    private CanonTagger() {
    }

    /** Tags for a parsed work; {@code language} is its ISO 639-1 code when known. */
    public static CanonTags tag(ParsedWork parsed, @Nullable String language) {
        return CanonTags.none(); // placeholder until canon knowledge lands
    }
}
