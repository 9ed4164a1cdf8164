package org.ficshelf.infer;

import java.util.List;
import java.util.Map;
import org.ficshelf.FieldInfo;
import org.jspecify.annotations.Nullable;

/**
 * What the text itself says of a work's content: the engine's own rating (AO3 vocabulary),
 * archive warnings, and additional tags (AU, setting, POV...), with provenance per field
 * ({@code contentRating}, {@code warnings}, {@code tags}).
 */
public record ContentTags(@Nullable String contentRating, List<String> warnings, List<String> tags,
        Map<String, FieldInfo> fields) {
    public ContentTags {
        warnings = List.copyOf(warnings);
        tags = List.copyOf(tags);
        fields = Map.copyOf(fields);
    }

    public static ContentTags none() {
        return new ContentTags(null, List.of(), List.of(), Map.of());
    }
}
