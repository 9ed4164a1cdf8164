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
 *
 * <p>The reading is an estimate from a bounded sample, so a 200,000-word novel costs no more
 * than a long chapter: each section is read from its start for up to {@link #SECTION_BUDGET}
 * chars (whole paragraphs), and sections are read until {@link #TOTAL_BUDGET} chars are spent.
 * When the sections hold more than that, they are read in pairs of neighbours: the first two,
 * then the pairs starting at section {@code floor(frac(k·φ)·n)} for k = 1, 2, ... (φ the golden
 * ratio), which spread evenly over the whole work and fall in step with no period; a pair
 * always holds both parities, so chapters that alternate between two narrators are both read.
 * The dialogue conventions (single quotes, dash-led lines) are read from the first
 * {@link #CONVENTION_SAMPLE} chars of the sample. The evidence says how many paragraphs were read.
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
    /**
     * Second person needs "you" as the protagonist across the text: narration "you" in at least
     * this share of the narration paragraphs (those not led by a quotation mark or dash). One
     * paragraph of generic "you" in a third-person story led by names does not make it second.
     */
    static final double SECOND_PARAGRAPHS = 0.5;
    /** The share of pronouns the minority person's sections need for "mixed". */
    static final double MIXED_MINORITY = 0.25;

    /** Narration read per section, in chars: the person shows long before this. */
    static final int SECTION_BUDGET = 6_000;
    /** Narration read in all, in chars, so a huge work costs no more than a long one. */
    static final int TOTAL_BUDGET = 18_000;
    /** Sampled chars the dialogue conventions are read from. */
    static final int CONVENTION_SAMPLE = 8_000;
    /** The golden ratio's fractional part: its multiples spread evenly mod 1. */
    private static final double GOLDEN = 0.6180339887498949;

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
        List<List<Paragraph>> sample = sample(sections(body));
        PovNarration narration = narration(sample, language);
        List<int[]> sections = new ArrayList<>(sample.size());
        int[] total = new int[3];
        int paragraphs = 0;
        int narrative = 0;
        int you = 0;
        for (List<Paragraph> section : sample) {
            int[] counts = new int[3];
            for (Paragraph p : section) {
                int before = counts[1];
                narration.count(p, counts);
                if (narrationLed(p.text())) {
                    narrative++;
                    you += counts[1] > before ? 1 : 0;
                }
            }
            paragraphs += section.size();
            cut(sections, counts, total);
        }
        Reading reading = decide(total, sections, paragraphs);
        if ("second".equals(reading.pov()) && you < SECOND_PARAGRAPHS * narrative) {
            return notSecond(total, sections, paragraphs, you, narrative);
        }
        return reading;
    }

    /** Whether a paragraph opens with narration: not with a quotation mark or a dash. */
    static boolean narrationLed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return Character.isLetterOrDigit(c) && !PovNarration.startsWithDash(text);
            }
        }
        return false;
    }

    /**
     * The reading when "you" is in too few narration paragraphs to be the protagonist: the
     * second-person pronouns are generic, so the other persons decide.
     */
    private static Reading notSecond(int[] total, List<int[]> sections, int paragraphs, int you,
            int narrative) {
        int[] others = {total[0], 0, total[2]};
        List<int[]> rest = new ArrayList<>(sections.size());
        for (int[] s : sections) {
            rest.add(new int[]{s[0], 0, s[2]});
        }
        Reading r = decide(others, rest, paragraphs);
        List<String> evidence = new ArrayList<>(r.evidence());
        evidence.add("second-person pronouns in only " + you + " of " + narrative
                + " narration paragraphs: read as generic");
        String pov = r.pov() == null && total[2] > total[0] ? "third" : r.pov();
        return new Reading(pov, pov == null ? 0.0 : Math.max(0.1, r.confidence()), total, evidence);
    }

    /** The body's sections: each chapter's paragraphs, cut at scene breaks. */
    static List<List<Paragraph>> sections(Document body) {
        List<List<Paragraph>> sections = new ArrayList<>();
        for (Chapter chapter : body.chapters()) {
            int left = chapter.blocks().size();
            List<Paragraph> section = new ArrayList<>(left);
            for (Block block : chapter.blocks()) {
                left--;
                if (block instanceof SceneBreak) {
                    sections.add(section);
                    section = new ArrayList<>(left);
                } else if (block instanceof Paragraph p) {
                    section.add(p);
                }
            }
            sections.add(section);
        }
        return sections;
    }

    /** The paragraphs read, per sampled section, in the body's order (see the class comment). */
    static List<List<Paragraph>> sample(List<List<Paragraph>> sections) {
        int n = sections.size();
        List<List<Paragraph>> heads = new ArrayList<>(n);
        int all = 0;
        for (List<Paragraph> section : sections) {
            List<Paragraph> head = head(section);
            heads.add(head);
            all += length(head);
        }
        if (all <= TOTAL_BUDGET) {
            return heads;
        }
        boolean[] chosen = new boolean[n];
        int budget = TOTAL_BUDGET;
        for (int k = 0; k < 4 * n && budget > 0; k++) {
            int pair = (int) (((k * GOLDEN) % 1.0) * n);
            for (int s = pair; s < Math.min(n, pair + 2) && budget > 0; s++) {
                if (!chosen[s]) {
                    chosen[s] = true;
                    budget -= length(heads.get(s));
                }
            }
        }
        List<List<Paragraph>> sample = new ArrayList<>();
        for (int s = 0; s < n; s++) {
            if (chosen[s]) {
                sample.add(heads.get(s));
            }
        }
        return sample;
    }

    /** A section's first paragraphs, until {@link #SECTION_BUDGET} chars are read. */
    private static List<Paragraph> head(List<Paragraph> section) {
        int read = 0;
        int end = 0;
        while (end < section.size() && read < SECTION_BUDGET) {
            read += section.get(end).text().length();
            end++;
        }
        return section.subList(0, end);
    }

    private static int length(List<Paragraph> paragraphs) {
        int chars = 0;
        for (Paragraph p : paragraphs) {
            chars += p.text().length();
        }
        return chars;
    }

    private static int[] cut(List<int[]> sections, int[] section, int[] total) {
        for (int k = 0; k < 3; k++) {
            total[k] += section[k];
        }
        sections.add(section);
        return new int[3];
    }

    static Reading decide(int[] total, List<int[]> sections) {
        return decide(total, sections, -1);
    }

    /** The reading of the counts; {@code paragraphs} read, for the evidence (-1: not said). */
    static Reading decide(int[] total, List<int[]> sections, int paragraphs) {
        int sum = total[0] + total[1] + total[2];
        String counts = "narration pronouns: first " + total[0] + ", second " + total[1] + ", third "
                + total[2]
                + (paragraphs < 0 ? "" : ", in " + paragraphs + " sampled paragraphs");
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

    /** A narration counter for the body's language and the sample's dialogue conventions. */
    private static PovNarration narration(List<List<Paragraph>> sample, @Nullable String language) {
        Conventions seen = new Conventions();
        for (List<Paragraph> section : sample) {
            for (Paragraph p : section) {
                if (seen.chars >= CONVENTION_SAMPLE) {
                    break;
                }
                seen.read(p.text());
            }
        }
        boolean single = seen.singles >= 3 && seen.singles > seen.doubles;
        boolean dash = seen.dashes >= 6 && seen.dashes > seen.doubles;
        return new PovNarration(language, single, dash);
    }

    /**
     * Marks of the dialogue conventions, found with {@link String#indexOf}, which scans fast and
     * skips at once a mark a Latin-1 string cannot hold.
     */
    private static final class Conventions {
        private static final char[] DOUBLE_MARKS = "\"\u201C\u201D\u201E\u00AB\u00BB".toCharArray();
        int chars;
        /** Double quotation marks of any style. */
        int doubles;
        /** Twice the single quotes that open a quotation: after a space or the start, before a letter. */
        int singles;
        /** Twice the paragraphs led by a dash. */
        int dashes;

        void read(String t) {
            chars += t.length();
            dashes += PovNarration.startsWithDash(t) ? 2 : 0;
            for (char mark : DOUBLE_MARKS) {
                for (int i = t.indexOf(mark); i >= 0; i = t.indexOf(mark, i + 1)) {
                    doubles++;
                }
            }
            singles += 2 * (opens(t, '\'') + opens(t, '\u2018'));
        }

        /** The {@code mark}s that open a quotation: after a space or the start, before a letter. */
        private static int opens(String t, char mark) {
            int n = 0;
            for (int i = t.indexOf(mark); i >= 0 && i + 1 < t.length(); i = t.indexOf(mark, i + 1)) {
                if ((i == 0 || Character.isWhitespace(t.charAt(i - 1)))
                        && Character.isLetter(t.charAt(i + 1))) {
                    n++;
                }
            }
            return n;
        }
    }
}
