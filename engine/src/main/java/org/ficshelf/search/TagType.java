package org.ficshelf.search;

import java.util.Locale;

/** The kinds of tag a work carries, as AO3 types them; each can be filtered on and counted. */
public enum TagType {
    FANDOM, CHARACTER, RELATIONSHIP, FREEFORM, RATING, WARNING, CATEGORY;

    /** The lower-case name used in field names, cursors and command lines ({@code fandom}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether a work has at most one tag of this type (its rating), so includes are OR-ed. */
    public boolean singleValued() {
        return this == RATING;
    }

    /** The type named by {@code key} ({@code fandom}, {@code Rating}), or a bad-query error. */
    public static TagType fromKey(String key) {
        for (TagType t : values()) {
            if (t.key().equalsIgnoreCase(key.strip())) {
                return t;
            }
        }
        throw new SearchException(SearchException.Reason.BAD_QUERY,
                "unknown tag type '" + key
                        + "'; known: fandom, character, relationship, freeform, rating, warning, category");
    }
}
