package org.ficshelf.infer;

import java.util.List;

/**
 * What one pass over a story's text found: per cue category the weighted total and count of
 * cues (negated ones left out), a few "line N: cue" evidence strings, the word count, and the
 * strongest passages (a window of three paragraphs) for sexual content and gore.
 *
 * @param explicitPassage the highest anatomy + act weight of a passage holding both, 0 if none
 * @param sexualPassage the highest sexual weight (references, fade, half of explicit) of a passage
 * @param gorePassage the highest gore weight of a passage
 * @param underagePassage a passage line with an age under 18 beside explicit cues, 0 if none
 */
record ContentScan(double[] totals, int[] counts, List<List<String>> evidence, int words,
        double explicitPassage,
        int explicitLine, double sexualPassage, int sexualLine, double gorePassage, int gorePassageLine,
        int underagePassage) {

    double total(CueCategory category) {
        return totals[category.ordinal()];
    }

    int count(CueCategory category) {
        return counts[category.ordinal()];
    }

    List<String> evidence(CueCategory category) {
        return evidence.get(category.ordinal());
    }
}
