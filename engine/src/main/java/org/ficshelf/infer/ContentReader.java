package org.ficshelf.infer;

import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/** Reads the text for how adult it is, for archive warnings and for additional tags. */
public final class ContentReader {
    private ContentReader() {
    }

    /** Content tags for a parsed work; {@code language} is its ISO 639-1 code when known. */
    public static ContentTags read(ParsedWork parsed, @Nullable String language) {
        return ContentTags.none(); // placeholder until content inference lands
    }
}
