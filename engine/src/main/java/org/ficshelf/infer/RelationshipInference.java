package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jspecify.annotations.Nullable;

/**
 * Infers unstated romantic relationships from the text. A paragraph's romance cues
 * ({@link RomanceCues}: a kiss on the mouth, "I love you", lovers, a bed...) and its explicit
 * sexual acts (the content lexicon) give it a weight, which goes to the two characters it
 * names, or to the one it names and the only other character of the scene around it; a sex
 * scene naming three characters goes to the three. A group with weight 2 or more (one plain
 * romantic act, or two weak cues) and at least half the weight of the best group is proposed;
 * a threesome needs two such paragraphs and takes in the pairs inside it.
 */
final class RelationshipInference {
    /** A proposed relationship with its weight, confidence and the lines of its evidence. */
    record Proposal(RelationshipNotation.Relationship relationship, double weight, double confidence,
            List<String> evidence) {
    }

    /** The weight a group needs to be proposed: one plain romantic act. */
    static final double PROPOSE = 2.0;
    /** The weight a threesome needs: two sex scenes. */
    static final double PROPOSE_THREE = 4.0;
    /** What an explicit sex act in a paragraph weighs. */
    static final double SEX_ACT = 2.0;
    /** The most one paragraph adds to a group. */
    private static final double PARAGRAPH_CAP = 4.0;
    /** Paragraphs on each side of a cue that make up its scene, for resolving a pronoun. */
    private static final int SCENE = 2;
    private static final int MAX_EVIDENCE = 4;

    private RelationshipInference() {
    }

    /**
     * Proposals from the passages and the characters each names; {@code explicitWork} says the
     * text reads as Explicit, so that there any explicit word in a paragraph counts (half a sex act).
     */
    static List<Proposal> infer(List<CharacterMentions.Passage> passages,
            Map<Integer, Set<String>> perParagraph, boolean explicitWork) {
        Map<List<String>, Double> weights = new LinkedHashMap<>();
        Map<List<String>, List<String>> evidence = new LinkedHashMap<>();
        for (var e : new TreeMap<>(perParagraph).entrySet()) {
            Set<String> named = e.getValue();
            CharacterMentions.Passage p = passages.get(e.getKey());
            if (named.size() > 3 || !p.mayHaveCue()) {
                continue;
            }
            List<RomanceCues.Found> cues = new ArrayList<>(RomanceCues.get().find(p.text()));
            RomanceCues.Found act = p.sex() != null
                    ? sexAct(p.sex(), explicitWork)
                    : sexAct(p.text(), p.line(), explicitWork);
            if (act != null) {
                cues.add(act);
            }
            if (cues.isEmpty()) {
                continue;
            }
            List<String> members = members(named, act != null, e.getKey(), perParagraph);
            if (members.isEmpty()) {
                continue;
            }
            double weight = Math.min(PARAGRAPH_CAP,
                    cues.stream().mapToDouble(RomanceCues.Found::weight).sum());
            List<String> group = new RelationshipNotation.Relationship(members, true).members();
            weights.merge(group, weight, Double::sum);
            evidence.computeIfAbsent(group, k -> new ArrayList<>())
                    .add("line " + p.line() + ": "
                            + String.join(", ", cues.stream().map(RomanceCues.Found::text)
                                    .toList()));
        }
        return proposals(weights, evidence);
    }

    /**
     * Who a cue paragraph is about: the two it names; the three it names when it holds a sex act;
     * or the one it names and the only other character of the scene.
     */
    private static List<String> members(Set<String> named, boolean act, int paragraph,
            Map<Integer, Set<String>> perParagraph) {
        return switch (named.size()) {
            case 1 -> sceneCouple(named.iterator().next(), paragraph, perParagraph);
            case 2 -> new ArrayList<>(named);
            case 3 -> act ? new ArrayList<>(named) : List.of();
            default -> List.of();
        };
    }

    private static List<Proposal> proposals(Map<List<String>, Double> weights,
            Map<List<String>, List<String>> evidence) {
        double best = weights.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        List<Proposal> out = new ArrayList<>();
        List<List<String>> threes = new ArrayList<>();
        weights.forEach((group, w) -> {
            boolean three = group.size() == 3;
            if (w >= (three ? PROPOSE_THREE : PROPOSE) && 2 * w >= best) {
                List<String> ev = evidence.get(group);
                out.add(new Proposal(new RelationshipNotation.Relationship(group, true), w, confidence(w),
                        List.copyOf(ev.subList(0, Math.min(MAX_EVIDENCE, ev.size())))));
                if (three) {
                    threes.add(group);
                }
            }
        });
        out.removeIf(p -> p.relationship().members().size() == 2
                && threes.stream().anyMatch(t -> t.containsAll(p.relationship().members())));
        out.sort((a, b) -> Double.compare(b.weight(), a.weight()));
        return out;
    }

    /** 0.5 for one plain romantic act, rising with the weight to 0.85. */
    static double confidence(double weight) {
        return Math.min(0.85, 0.3 + 0.1 * weight);
    }

    /**
     * The sex in a paragraph: weight {@link #SEX_ACT} when it reads as sex (explicit anatomy and
     * acts together, or several acts), half that for any explicit word in an explicit work, else null.
     */
    static RomanceCues.@Nullable Found sexAct(String text, int line, boolean explicitWork) {
        ContentScanner scanner = new ContentScanner(CueLexicon.get());
        scanner.paragraph(text, line);
        return sexAct(scanner.lastParagraphSex(), explicitWork);
    }

    /** As above, from what the shared content scan read in the paragraph. */
    static RomanceCues.@Nullable Found sexAct(ContentScanner.ParagraphSex p, boolean explicitWork) {
        double act = p.act();
        double anatomy = p.anatomy();
        boolean sex = (act > 0 && anatomy > 0 && act + anatomy >= 2.5) || act >= 3;
        if (!sex && !(explicitWork && act + anatomy > 0) || p.first() == null) {
            return null;
        }
        return new RomanceCues.Found("act", sex ? SEX_ACT : SEX_ACT / 2, p.first());
    }

    /** Whether {@code text} holds a trigger word: a necessary condition for a cue. */
    static boolean mayHaveCue(String text) {
        return mayHaveCue(text, 0, text.length());
    }

    /** The words a cue needs, lower case: flagged in the shared vocabulary of the text pass. */
    static List<String> cueWords() {
        return List.copyOf(RomanceCues.get().words());
    }

    /**
     * Whether the region {@code [from, to)} holds a trigger word as {@link #mayHaveCue} cuts words
     * (ASCII letters, digits and underscores): for a word whose apostrophe, hyphen or accented
     * letter the shared split keeps inside it ("kiss'd").
     */
    static boolean mayHaveCue(String text, int from, int to) {
        RomanceCues cues = RomanceCues.get();
        int start = -1;
        for (int i = from; i <= to; i++) {
            char c = i < to ? text.charAt(i) : ' ';
            boolean wordChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '_';
            if (wordChar) {
                if (start < 0) {
                    start = i;
                }
            } else if (start >= 0) {
                if (cues.isWord(text, start, i)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    /**
     * The couple of a cue paragraph that names one character ("Willow kissed her"): that
     * character and the only other character named in the paragraphs around it, or nothing when
     * the scene holds nobody else or several others (then the pronoun is not resolved).
     */
    private static List<String> sceneCouple(String named, int paragraph,
            Map<Integer, Set<String>> perParagraph) {
        Set<String> others = new TreeSet<>();
        for (int i = paragraph - SCENE; i <= paragraph + SCENE; i++) {
            for (String c : perParagraph.getOrDefault(i, Set.of())) {
                if (!c.equals(named)) {
                    others.add(c);
                }
            }
        }
        return others.size() == 1 ? List.of(named, others.iterator().next()) : List.of();
    }
}
