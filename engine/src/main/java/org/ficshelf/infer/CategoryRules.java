package org.ficshelf.infer;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.CanonCharacter;
import org.ficshelf.canon.Gender;
import org.jspecify.annotations.Nullable;

/**
 * AO3 categories from the romantic relationships and canon genders. No romantic relationship
 * is {@code Gen}. Each romantic relationship gives its kind ({@code F/M}, {@code M/M},
 * {@code F/F}; {@code Multi} for three or more partners of mixed genders; {@code Other} when a
 * partner's canon gender is neither); a work with relationships of several kinds gets each
 * kind, as AO3 authors tick one box per kind. Partners of unknown gender decide nothing.
 */
final class CategoryRules {
    private CategoryRules() {
    }

    static List<String> categories(Canon canon, List<RelationshipNotation.Relationship> relationships) {
        Set<String> out = new LinkedHashSet<>();
        for (RelationshipNotation.Relationship r : relationships) {
            if (r.romantic()) {
                String kind = kind(canon, r.members());
                if (kind != null) {
                    out.add(kind);
                }
            }
        }
        return out.isEmpty() ? List.of("Gen") : List.copyOf(out);
    }

    static @Nullable String kind(Canon canon, List<String> members) {
        int f = 0;
        int m = 0;
        int other = 0;
        for (String name : members) {
            Gender g = canon.character(name).map(CanonCharacter::gender).orElse(Gender.UNKNOWN);
            switch (g) {
                case FEMALE -> f++;
                case MALE -> m++;
                case OTHER -> other++;
                case UNKNOWN -> {
                }
            }
        }
        if (other > 0) {
            return "Other";
        }
        if (f + m < members.size()) {
            return f + m == 0 ? null : f > 0 && m > 0 ? "F/M" : null;
        }
        if (members.size() > 2 && f > 0 && m > 0) {
            return "Multi";
        }
        return f == 0 ? "M/M" : m == 0 ? "F/F" : "F/M";
    }

    /** AO3 categories an author stated ("slash" is M/M, "het" F/M, "femslash" F/F). */
    static List<String> stated(String value) {
        Set<String> out = new LinkedHashSet<>();
        for (String word : value.toLowerCase(Locale.ROOT).split("[,;\\s]+")) {
            switch (word) {
                case "gen" -> out.add("Gen");
                case "f/m", "m/f", "het" -> out.add("F/M");
                case "m/m", "slash" -> out.add("M/M");
                case "f/f", "femslash" -> out.add("F/F");
                case "multi" -> out.add("Multi");
                default -> {
                }
            }
        }
        return List.copyOf(out);
    }
}
