package org.ficshelf.canon;

import java.util.List;
import java.util.Objects;

/**
 * A relationship known by a nickname or initials (Spuffy, K/S, MSR): its fandom, the names
 * fans use, its members' canonical names and whether it is romantic ({@code /}) or platonic
 * ({@code &}).
 */
public record Ship(String fandom, List<String> names, List<String> members, boolean romantic) {
    public Ship {
        Objects.requireNonNull(fandom, "fandom");
        names = List.copyOf(names);
        members = List.copyOf(members);
    }
}
