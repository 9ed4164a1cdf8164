package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.jspecify.annotations.Nullable;

/**
 * Reads a body's point of view from its narration: the share of first-, second- and
 * third-person pronouns outside dialogue and thoughts, per section (chapters cut at scene
 * breaks) and in all. Sections that clearly differ in person make the work "mixed".
 */
public final class PovReader {
    /** Fewer narration pronouns than this tell nothing. */
    static final int MIN_PRONOUNS = 5;
    /** A section needs this many narration pronouns to have a person of its own. */
    static final int MIN_SECTION_PRONOUNS = 60;
    /** First-person share of narration pronouns at or above which narration is first person. */
    static final double FIRST_SHARE = 0.25;
    /** Below this first-person share a section is clearly not first person. */
    static final double CLEARLY_NOT_FIRST = 0.08;
    static final double SECOND_SHARE = 0.3;
    /** The share of pronouns the minority person's sections need for "mixed". */
    static final double MIXED_MINORITY = 0.25;

    /** Narration read per section, in chars: the person shows long before this. */
    static final int SECTION_BUDGET = 40_000;
    /** Narration read in all, in chars, so a huge work costs no more than a long one. */
    static final int TOTAL_BUDGET = 300_000;

    private PovReader() {
    }

    /**
     * A point of view read from the text.
     *
     * @param pov first, second, third, mixed; null when the text does not tell
     * @param counts narration pronouns: first, second, third person
     */
    public record Reading(@Nullable String pov, double confidence, int[] counts, List<String> evidence) {
        public Reading {
            counts = counts.clone();
            evidence = List.copyOf(evidence);
        }
    }

    /** The point of view of {@code body}, read with the pronouns of {@code language}. */
    public static Reading read(Document body, @Nullable String language) {
        PovNarration narration = narration(body, language);
        List<int[]> sections = new ArrayList<>();
        int[] total = new int[3];
        int budget = TOTAL_BUDGET;
        for (Chapter chapter : body.chapters()) {
            int[] section = new int[3];
            int read = 0;
            for (Block block : chapter.blocks()) {
                if (block instanceof SceneBreak) {
                    section = cut(sections, section, total);
                    read = 0;
                } else if (block instanceof Paragraph p && read < SECTION_BUDGET && budget > 0) {
                    narration.count(p, section);
                    read += p.text().length();
                    budget -= p.text().length();
                }
            }
            cut(sections, section, total);
        }
        return decide(total, sections);
    }

    private static int[] cut(List<int[]> sections, int[] section, int[] total) {
        for (int k = 0; k < 3; k++) {
            total[k] += section[k];
        }
        sections.add(section);
        return new int[3];
    }

    static Reading decide(int[] total, List<int[]> sections) {
        int sum = total[0] + total[1] + total[2];
        String counts = String.format(Locale.ROOT, "narration pronouns: first %d, second %d, third %d",
                total[0],
                total[1], total[2]);
        if (sum < MIN_PRONOUNS) {
            // A short narration that says only "he" or "she" is still plainly third person.
            return total[0] == 0 && total[1] == 0 && total[2] > 0
                    ? new Reading("third", 0.3, total, List.of(counts))
                    : new Reading(null, 0.0, total, List.of(counts));
        }
        String overall = person(total, FIRST_SHARE);
        String mixed = mixedEvidence(sections);
        if (mixed != null) {
            return new Reading("mixed", 0.6, total, List.of(counts, mixed));
        }
        double confidence = Math.min(1.0, sum / 100.0) * ("first".equals(overall)
                ? Math.min(1.0, 0.5 + share(total, 0))
                : 0.6 + 0.4 * (1 - share(total, 0) / FIRST_SHARE));
        return new Reading(overall, Math.round(Math.max(0.1, confidence) * 100) / 100.0, total,
                List.of(counts));
    }

    private static String person(int[] c, double firstShare) {
        double second = share(c, 1);
        if (second >= SECOND_SHARE && c[1] > c[0]) {
            return "second";
        }
        return share(c, 0) >= firstShare ? "first" : "third";
    }

    /** The reason the sections make the work mixed, or null. */
    private static @Nullable String mixedEvidence(List<int[]> sections) {
        int first = 0;
        int others = 0;
        int second = 0;
        int all = 0;
        for (int[] s : sections) {
            int sum = s[0] + s[1] + s[2];
            if (sum < MIN_SECTION_PRONOUNS) {
                continue;
            }
            all += sum;
            String p = person(s, FIRST_SHARE);
            if ("second".equals(p)) {
                second += sum;
            } else if ("first".equals(p)) {
                first += sum;
            } else if (share(s, 0) < CLEARLY_NOT_FIRST) {
                others += sum;
            }
        }
        int kinds = (first > 0 ? 1 : 0) + (second > 0 ? 1 : 0) + (others > 0 ? 1 : 0);
        int largest = Math.max(first, Math.max(second, others));
        if (kinds < 2 || all - largest < MIXED_MINORITY * all) {
            return null;
        }
        return String.format(Locale.ROOT,
                "sections differ: first-person %d, second-person %d, third-person %d"
                        + " pronouns",
                first, second, others);
    }

    private static double share(int[] c, int person) {
        int sum = c[0] + c[1] + c[2];
        return sum == 0 ? 0.0 : c[person] / (double) sum;
    }

    /** A narration counter for the body's language and dialogue conventions. */
    private static PovNarration narration(Document body, @Nullable String language) {
        int doubles = 0;
        int singles = 0;
        int dashes = 0;
        int seen = 0;
        for (Chapter chapter : body.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Paragraph p && seen < LanguageDetector.HEAD_SAMPLE) {
                    String t = p.text();
                    seen += t.length();
                    doubles += countDoubles(t);
                    singles += countSingleOpens(t);
                    dashes += PovNarration.startsWithDash(t) ? 2 : 0;
                }
            }
        }
        boolean single = singles >= 3 && singles > doubles;
        boolean dash = dashes >= 6 && dashes > doubles;
        return new PovNarration(PovPronouns.of(language), single, dash);
    }

    private static int countDoubles(String t) {
        int n = 0;
        for (int i = 0; i < t.length(); i++) {
            switch (t.charAt(i)) {
                case '"', '\u201C', '\u201D', '\u201E', '\u00AB', '\u00BB' -> n++;
                default -> {
                }
            }
        }
        return n;
    }

    /** Single quotes that open a quotation: after a space or the start, before a letter. */
    private static int countSingleOpens(String t) {
        int n = 0;
        for (int i = 0; i + 1 < t.length(); i++) {
            char c = t.charAt(i);
            if ((c == '\'' || c == '\u2018') && (i == 0 || Character.isWhitespace(t.charAt(i - 1)))
                    && Character.isLetter(t.charAt(i + 1))) {
                n += 2;
            }
        }
        return n;
    }
}
