package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.FieldInfo;
import org.jspecify.annotations.Nullable;

/**
 * Turns a content scan into a rating with its confidence and evidence. The rules follow
 * AO3 practice: one explicit passage (explicit anatomy and acts together) makes a work
 * Explicit, and so does a text whose explicit anatomy and acts add up (a scene told over many
 * short paragraphs); a suggestive or fade-to-black passage, graphic gore or sexual assault makes it
 * Mature; swearing, fights and blood, sexual references, drugs or self-harm in some number
 * make it Teen. Count thresholds grow with the square root of length past 1,500 words, so a
 * long General story may say "damn" twice; a single strong swear always counts.
 */
final class ContentRater {
    static final double EXPLICIT_PASSAGE = 4.0;
    static final double PARTIAL_EXPLICIT_PASSAGE = 2.0;
    /** Explicit anatomy and acts over the whole text (scaled by length) that make it Explicit. */
    static final double SUSTAINED_EXPLICIT = 2 * EXPLICIT_PASSAGE;
    static final double MATURE_SEXUAL_PASSAGE = 3.0;
    static final double MATURE_GORE_PASSAGE = 3.0;
    static final double TEEN_MILD_LANGUAGE = 2.5;
    static final double TEEN_VIOLENCE = 2.5;
    static final double TEEN_SEXUAL = 1.8;
    static final double TEEN_DRUGS = 2.0;
    static final double TEEN_MIXED = 1.3;
    private static final int MAX_EVIDENCE = 8;

    private ContentRater() {
    }

    /** The reading of a scan as a rating. */
    record Reading(ContentRating rating, double confidence, List<String> evidence) {
        FieldInfo field() {
            return FieldInfo.inferred(confidence, evidence);
        }
    }

    static Reading rate(ContentScan scan) {
        Reading explicit = explicit(scan);
        if (explicit != null) {
            return explicit;
        }
        Reading mature = mature(scan);
        if (mature != null) {
            return mature;
        }
        Reading teen = teen(scan);
        return teen != null ? teen : general(scan);
    }

    private static @Nullable Reading explicit(ContentScan scan) {
        if (scan.explicitPassage() >= EXPLICIT_PASSAGE) {
            double confidence = scan.explicitPassage() >= 2 * EXPLICIT_PASSAGE ? 0.95 : 0.85;
            return reading(ContentRating.EXPLICIT, confidence, scan,
                    "explicit passage ending line " + scan.explicitLine(), CueCategory.SEX_ANATOMY,
                    CueCategory.SEX_ACT);
        }
        // a scene told over many paragraphs (dialogue between the acts): no three hold enough,
        // but the anatomy and acts of the whole text add up
        double anatomy = scan.total(CueCategory.SEX_ANATOMY);
        double acts = scan.total(CueCategory.SEX_ACT);
        if (anatomy > 0 && acts > 0 && anatomy + acts >= SUSTAINED_EXPLICIT * lengthScale(scan.words())) {
            return reading(ContentRating.EXPLICIT, 0.7, scan, "explicit anatomy and acts throughout",
                    CueCategory.SEX_ACT, CueCategory.SEX_ANATOMY);
        }
        return null;
    }

    private static @Nullable Reading mature(ContentScan scan) {
        if (scan.explicitPassage() >= PARTIAL_EXPLICIT_PASSAGE
                || scan.sexualPassage() >= MATURE_SEXUAL_PASSAGE) {
            double confidence = scan.explicitPassage() > 0 ? 0.6 : 0.7;
            return reading(ContentRating.MATURE, confidence, scan,
                    "sexual passage ending line " + scan.sexualLine(), CueCategory.SEX_ACT, CueCategory.FADE,
                    CueCategory.SEX_REFERENCE, CueCategory.SEX_ANATOMY);
        }
        if (scan.total(CueCategory.FADE) >= 1.5 && scan.total(CueCategory.SEX_REFERENCE) >= 1.5) {
            return reading(ContentRating.MATURE, 0.65, scan, "fade to black", CueCategory.FADE,
                    CueCategory.SEX_REFERENCE);
        }
        if (scan.gorePassage() >= MATURE_GORE_PASSAGE) {
            return reading(ContentRating.MATURE, 0.7, scan,
                    "gore in passage ending line " + scan.gorePassageLine(),
                    CueCategory.GORE, CueCategory.VIOLENCE);
        }
        if (scan.total(CueCategory.NON_CON) >= 4.0
                || (scan.total(CueCategory.SELF_HARM) >= 2.0 && scan.total(CueCategory.GORE) >= 1.5)) {
            return reading(ContentRating.MATURE, 0.6, scan, "assault or self-harm", CueCategory.NON_CON,
                    CueCategory.SELF_HARM, CueCategory.GORE);
        }
        return null;
    }

    private static @Nullable Reading teen(ContentScan scan) {
        double scale = lengthScale(scan.words());
        int strong = scan.count(CueCategory.STRONG_LANGUAGE);
        double mild = scan.total(CueCategory.MILD_LANGUAGE) / (TEEN_MILD_LANGUAGE * scale);
        double violence = scan.total(CueCategory.VIOLENCE) / (TEEN_VIOLENCE * scale);
        double acts = scan.total(CueCategory.SEX_REFERENCE) + scan.total(CueCategory.FADE)
                + scan.total(CueCategory.SEX_ACT);
        // anatomy words alone ("balls" on a court) say nothing sexual without an act or reference
        double sexual = (acts + (acts > 0 ? scan.total(CueCategory.SEX_ANATOMY) : 0)) / (TEEN_SEXUAL * scale);
        double drugs = scan.total(CueCategory.DRUGS) / (TEEN_DRUGS * scale);
        boolean serious = scan.total(CueCategory.SELF_HARM) >= 2.0 || scan.total(CueCategory.GORE) >= 1.5
                || scan.total(CueCategory.NON_CON) >= 2.0;
        double mixed = mild + violence + sexual + drugs;
        boolean teen = strong > 0 || serious || mild >= 1 || violence >= 1 || sexual >= 1 || drugs >= 1
                || mixed >= TEEN_MIXED;
        if (!teen) {
            return null;
        }
        double confidence = Math.min(0.9, 0.55 + 0.1 * strong + 0.1 * mixed);
        return reading(ContentRating.TEEN, confidence, scan, null, CueCategory.STRONG_LANGUAGE,
                CueCategory.VIOLENCE, CueCategory.MILD_LANGUAGE, CueCategory.SEX_REFERENCE, CueCategory.GORE,
                CueCategory.DRUGS, CueCategory.SELF_HARM, CueCategory.NON_CON);
    }

    private static Reading general(ContentScan scan) {
        double scale = lengthScale(scan.words());
        double mixed = scan.total(CueCategory.MILD_LANGUAGE) / (TEEN_MILD_LANGUAGE * scale)
                + scan.total(CueCategory.VIOLENCE) / (TEEN_VIOLENCE * scale)
                + scan.total(CueCategory.SEX_REFERENCE) / (TEEN_SEXUAL * scale);
        double confidence = Math.max(0.5, 0.9 - 0.3 * mixed);
        return reading(ContentRating.GENERAL, confidence, scan, "no adult content cues above thresholds",
                CueCategory.MILD_LANGUAGE, CueCategory.VIOLENCE, CueCategory.SEX_REFERENCE);
    }

    /** 1 up to 1,500 words, then the square root of how many times longer the text is. */
    static double lengthScale(int words) {
        return Math.max(1.0, Math.sqrt(words / 1500.0));
    }

    private static Reading reading(ContentRating rating, double confidence, ContentScan scan,
            @Nullable String summary,
            CueCategory... categories) {
        List<String> evidence = new ArrayList<>();
        if (summary != null) {
            evidence.add(summary);
        }
        for (CueCategory category : categories) {
            for (String cue : scan.evidence(category)) {
                if (evidence.size() < MAX_EVIDENCE) {
                    evidence.add(cue);
                }
            }
        }
        return new Reading(rating, confidence, evidence);
    }
}
