package org.ficshelf.catalog;

/** What an import did with one item. */
public enum Outcome {
    /** A new work. */
    IMPORTED,
    /** These bytes were already in the catalog: nothing added. */
    ALREADY_PRESENT,
    /** A part joined the work of its other parts. */
    ASSEMBLED,
    /** Not importable; kept as a reject with its reason. */
    REJECTED,
    /** Passed over as not a story (by its name). */
    SKIPPED
}
