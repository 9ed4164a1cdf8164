package org.ficshelf.canon;

import java.util.List;
import java.util.Objects;

/**
 * A fandom: its short id, AO3 canonical name, media, the family of sibling fandoms that share
 * characters (the Buffyverse, Star Trek), the names lists and archives use for it, the
 * creators a disclaimer credits, and setting cues (places, institutions) found in stories.
 */
public record Fandom(String id, String name, String media, String family, List<String> aliases,
        List<String> creators, List<String> cues) {
    public Fandom {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        creators = List.copyOf(creators);
        cues = List.copyOf(cues);
    }
}
