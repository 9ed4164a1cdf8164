package org.ficshelf.infer;

import java.util.Locale;

/** The kinds of content cue the lexicon knows, named in the data file by their lower-case, hyphenated name. */
enum CueCategory {
    SEX_ANATOMY, SEX_ACT, SEX_REFERENCE, FADE, VIOLENCE, GORE, STRONG_LANGUAGE, MILD_LANGUAGE, DRUGS, SELF_HARM, DEATH, NON_CON, MINOR, NEGATOR, NEUTRAL;

    static CueCategory fromData(String name) {
        return valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Whether a negator just before the cue cancels it; swearing counts even when negated. */
    boolean negatable() {
        return this != STRONG_LANGUAGE && this != MILD_LANGUAGE;
    }
}
