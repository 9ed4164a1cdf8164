package org.ficshelf.search;

import java.util.Objects;

/** A tag a result must have (an include) or must not have (an exclude), matched exactly but case-folded. */
public record TagFilter(TagType type, String value) {
    /** Longest tag value accepted in a filter. */
    public static final int MAX_LENGTH = 300;

    public TagFilter {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        value = value.strip();
        if (value.isEmpty()) {
            throw new SearchException(SearchException.Reason.BAD_QUERY, "an empty " + type.key() + " filter");
        }
        if (value.length() > MAX_LENGTH) {
            throw new SearchException(SearchException.Reason.BAD_QUERY,
                    "a " + type.key() + " filter longer than "
                            + MAX_LENGTH + " characters");
        }
    }

    /** {@code fandom:Buffy the Vampire Slayer}: the type before the first colon, the value after. */
    public static TagFilter parse(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0) {
            throw new SearchException(SearchException.Reason.BAD_QUERY,
                    "bad tag filter '" + text + "': write TYPE:VALUE, as in fandom:Firefly");
        }
        return new TagFilter(TagType.fromKey(text.substring(0, colon)), text.substring(colon + 1));
    }
}
