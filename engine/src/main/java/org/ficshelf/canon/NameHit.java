package org.ficshelf.canon;

import java.util.List;

/**
 * One match of the name automaton in a text: {@code [start, end)}, what it may name, and the
 * context that decides whether a name that is also a word counts.
 *
 * @param capitalised a word of the match starts with a capital
 * @param upper every letter of the match is a capital
 * @param sentenceInitial the match starts a sentence or the text
 * @param titled a title word ("Agent", "Mr.", "Captain") precedes the match
 */
public record NameHit(int start, int end, List<Name> names, boolean capitalised, boolean upper,
        boolean sentenceInitial, boolean titled) {
    public NameHit {
        names = List.copyOf(names);
    }

    /** Capitalised where a plain word would not be: mid-sentence or after a title. */
    public boolean nameLike() {
        return capitalised && (titled || !sentenceInitial);
    }
}
