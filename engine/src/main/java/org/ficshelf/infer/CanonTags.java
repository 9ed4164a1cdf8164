package org.ficshelf.infer;

import java.util.List;
import java.util.Map;
import org.ficshelf.FieldInfo;

/**
 * The canon-based tags of a work: fandoms, characters, relationships (AO3 names, AO3 order),
 * categories, with provenance per field ({@code fandoms}, {@code characters},
 * {@code relationships}, {@code categories}).
 */
public record CanonTags(List<String> fandoms, List<String> characters, List<String> relationships,
        List<String> categories, Map<String, FieldInfo> fields) {
    public CanonTags {
        fandoms = List.copyOf(fandoms);
        characters = List.copyOf(characters);
        relationships = List.copyOf(relationships);
        categories = List.copyOf(categories);
        fields = Map.copyOf(fields);
    }

    public static CanonTags none() {
        return new CanonTags(List.of(), List.of(), List.of(), List.of(), Map.of());
    }
}
