package org.ficshelf.search;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The parts of a work a query term can be aimed at with a prefix ({@code title:}); {@link #ANY}
 * is a term without prefix, searched over all of them.
 */
public enum SearchField {
    ANY(List.of()), TITLE(List.of("title")), AUTHOR(List.of("author", "authors", "by")), SUMMARY(
            List.of("summary")), NOTES(List.of("notes", "note")), TEXT(List.of("text", "body")), FANDOM(
                    List.of("fandom", "fandoms")), CHARACTER(
                            List.of("character", "characters")), RELATIONSHIP(
                                    List.of("relationship", "relationships", "pairing", "pairings", "ship")),
    /** Any tag: fandom, character, relationship, freeform, rating, warning or category. */
    TAG(List.of("tag", "tags"));

    private final List<String> prefixes;

    SearchField(List<String> prefixes) {
        this.prefixes = prefixes;
    }

    /** The field a query prefix names, case-insensitively ({@code Title} is {@link #TITLE}). */
    public static Optional<SearchField> forPrefix(String prefix) {
        String p = prefix.toLowerCase(Locale.ROOT);
        for (SearchField f : values()) {
            if (f.prefixes.contains(p)) {
                return Optional.of(f);
            }
        }
        return Optional.empty();
    }

    /** The prefixes a query may use, for error messages. */
    static String known() {
        return "title, author, summary, notes, text, fandom, character, relationship, tag";
    }
}
