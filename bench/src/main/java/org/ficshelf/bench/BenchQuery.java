package org.ficshelf.bench;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One query of the benchmark's fixed mix, in terms both engines can run: words (one keyword, or
 * two for a phrase), an optional fandom to include and character to exclude, facets, an order,
 * and which page of {@link #PAGE_SIZE} hits.
 */
record BenchQuery(Kind kind, List<String> words, @Nullable String includeFandom,
        @Nullable String excludeCharacter, int page) {
    static final int PAGE_SIZE = 20;

    /** The query kinds of the mix; each is reported on its own. */
    enum Kind {
        /** One word over every field, by relevance. */
        KEYWORD,
        /** Two adjacent words as a phrase. */
        PHRASE,
        /** A word, one fandom included and one of its characters excluded. */
        TAGS,
        /** A word with fandom, character and relationship counts over the whole result. */
        FACETS,
        /** A word, longest works first. */
        SORTED,
        /** A common word, the page far down the results (by cursor where the engine has one). */
        DEEP_PAGE
    }

    BenchQuery {
        words = List.copyOf(words);
    }

    boolean phrase() {
        return kind == Kind.PHRASE;
    }

    @Override
    public String toString() {
        StringBuilder b = new StringBuilder(kind.name().toLowerCase(java.util.Locale.ROOT)).append(' ');
        b.append(phrase() ? "\"" + String.join(" ", words) + "\"" : String.join(" ", words));
        if (includeFandom != null) {
            b.append(" +fandom:").append(includeFandom);
        }
        if (excludeCharacter != null) {
            b.append(" -character:").append(excludeCharacter);
        }
        if (page > 1) {
            b.append(" page ").append(page);
        }
        return b.toString();
    }
}
