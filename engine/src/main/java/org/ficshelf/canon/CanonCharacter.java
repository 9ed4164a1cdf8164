package org.ficshelf.canon;

import java.util.List;
import java.util.Objects;

/**
 * A character: AO3 canonical name (without the parenthesised fandom), the fandoms it belongs
 * to (home first), canon gender, and hand-written aliases; a leading {@code ~} marks a weak
 * alias (an epithet such as "the Slayer") that counts only for a character also named.
 */
public record CanonCharacter(String name, List<String> fandoms, Gender gender, List<String> aliases) {
    public CanonCharacter {
        Objects.requireNonNull(name, "name");
        fandoms = List.copyOf(fandoms);
        Objects.requireNonNull(gender, "gender");
        aliases = List.copyOf(aliases);
    }

    /** The fandom the character is first listed under. */
    public String home() {
        return fandoms.isEmpty() ? "" : fandoms.get(0);
    }
}
