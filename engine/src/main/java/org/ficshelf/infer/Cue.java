package org.ficshelf.infer;

/** One entry of a cue lexicon: its category, its weight per occurrence, and the phrase as listed. */
record Cue(CueCategory category, double weight, String phrase) {
}
