package org.ficshelf.canon;

/**
 * What a phrase of the name automaton stands for: a kind, the index of its target in the
 * canon's list of that kind, and flags telling how much evidence a match needs.
 */
public record Name(Kind kind, int target, int flags) {

    /** A single-token name that is also an ordinary word ("Angel", "Faith", "Dawn"). */
    public static final int COMMON = 1;
    /** An epithet that only counts for a character also named ("the Slayer"). */
    public static final int WEAK = 2;
    /** An acronym ("LA", "MSR"): counts only when written in capitals. */
    public static final int ACRONYM = 4;
    /** A part of a canonical name (first name, surname, quoted nickname). */
    public static final int PARTIAL = 8;
    /** A whole canonical name or a multi-word alias. */
    public static final int FULL = 16;

    /** The kinds of thing a phrase names. */
    public enum Kind {
        CHARACTER, FANDOM, CUE, CREATOR, SHIP
    }

    public boolean has(int flag) {
        return (flags & flag) != 0;
    }
}
