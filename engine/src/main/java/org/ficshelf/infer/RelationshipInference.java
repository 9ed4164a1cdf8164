package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers unstated romantic relationships from the text: a paragraph with a romance cue (a
 * kiss, "I love you", a bed, lovers) that names exactly two characters is a vote for that pair,
 * and so is one that names one character when the scene around it names exactly one other;
 * a spouse or partner counts only as "his" or "her" one ("my husband" is a witness's, not the pair's);
 * a pair with two or more votes, and at least half the votes of the best pair, is proposed.
 */
final class RelationshipInference {
    /** A proposed pair with its votes and the lines of its evidence. */
    record Proposal(RelationshipNotation.Relationship relationship, int votes, List<String> evidence) {
    }

    private static final Pattern CUE = Pattern
            .compile("(?i)\\b(kiss(?:ed|es|ing)?|i love you|love you|made love"
                    + "|making love|make love|in bed|into bed|to bed|his lover|her lover|lovers|moan(?:ed|s)?"
                    + "|caress(?:ed|es)?|naked|married|(?:his|her) (?:boyfriend|girlfriend|husband|wife)|his mouth on|her mouth on"
                    + "|lips on|embrace[ds]?|sex)\\b");

    /**
     * Every match of {@link #CUE} holds one of these as a whole word (ASCII letters, any case),
     * so a paragraph without any of them is skipped without running the pattern.
     */
    private static final String[] CUE_WORDS = {"kiss", "kissed", "kisses", "kissing", "love", "bed",
            "lover", "lovers", "moan", "moaned", "moans", "caress", "caressed", "caresses", "naked",
            "married",
            "boyfriend", "girlfriend", "husband", "wife", "mouth", "lips", "embrace", "embraced", "embraces",
            "sex"};

    /** The first letters of {@link #CUE_WORDS}. */
    private static final String CUE_INITIALS = "kblmcnhwgse";

    /** The longest text a match of {@link #CUE} may have before its first word of {@link #CUE_WORDS}. */
    private static final int LEAD = "making ".length();

    /** Paragraphs on each side of a cue that make up its scene, for resolving a pronoun. */
    private static final int SCENE = 2;

    private RelationshipInference() {
    }

    static List<Proposal> infer(List<CharacterMentions.Passage> passages,
            Map<Integer, Set<String>> perParagraph) {
        Map<List<String>, List<String>> votes = new LinkedHashMap<>();
        for (var e : perParagraph.entrySet()) {
            Set<String> named = e.getValue();
            if (named.size() > 2) {
                continue;
            }
            CharacterMentions.Passage p = passages.get(e.getKey());
            if (!p.mayHaveCue()) {
                continue;
            }
            var m = CUE.matcher(p.text());
            // a match holds a cue word at most LEAD characters after its start ("making love")
            m.useTransparentBounds(true).region(Math.max(0, p.firstCue() - LEAD), p.text().length());
            if (!m.find()) {
                continue;
            }
            List<String> members = named.size() == 2
                    ? new ArrayList<>(named)
                    : sceneCouple(named.iterator().next(), e.getKey(), perParagraph);
            if (members.size() == 2) {
                List<String> pair = new RelationshipNotation.Relationship(members, true).members();
                votes.computeIfAbsent(pair, k -> new ArrayList<>())
                        .add("line " + p.line() + ": " + m.group());
            }
        }
        int best = votes.values().stream().mapToInt(List::size).max().orElse(0);
        List<Proposal> out = new ArrayList<>();
        votes.forEach((pair, ev) -> {
            if (ev.size() >= 2 && 2 * ev.size() >= best) {
                out.add(new Proposal(new RelationshipNotation.Relationship(pair, true), ev.size(),
                        ev.subList(0, Math.min(4, ev.size()))));
            }
        });
        out.sort((a, b) -> Integer.compare(b.votes(), a.votes()));
        return out;
    }

    /** Whether {@code text} holds a word of {@link #CUE_WORDS}: a necessary condition for a cue. */
    static boolean mayHaveCue(String text) {
        return mayHaveCue(text, 0, text.length());
    }

    /** The words a cue needs, lower case: flagged in the shared vocabulary of the text pass. */
    static List<String> cueWords() {
        return List.of(CUE_WORDS);
    }

    /**
     * Whether the region {@code [from, to)} holds a word of {@link #CUE_WORDS} as {@link #mayHaveCue}
     * cuts words (ASCII letters, digits and underscores): for a word whose apostrophe, hyphen or
     * accented letter the shared split keeps inside it ("kiss'd").
     */
    static boolean mayHaveCue(String text, int from, int to) {
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
                if (isCueWord(text, start, i - start)) {
                    return true;
                }
                start = -1;
            }
        }
        return false;
    }

    private static boolean isCueWord(String text, int start, int length) {
        if (length < 3 || length > 10 || CUE_INITIALS.indexOf(text.charAt(start) | 0x20) < 0) {
            return false;
        }
        for (String w : CUE_WORDS) {
            if (w.length() == length && text.regionMatches(true, start, w, 0, length)) {
                return true;
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
        Set<String> others = new java.util.TreeSet<>();
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
