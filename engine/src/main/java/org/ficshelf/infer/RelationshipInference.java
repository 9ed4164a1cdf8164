package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Infers unstated romantic relationships from the text: a paragraph with a romance cue (a
 * kiss, "I love you", a bed, lovers) that names exactly two characters is a vote for that pair;
 * a pair with two or more votes, and at least half the votes of the best pair, is proposed.
 */
final class RelationshipInference {
    /** A proposed pair with its votes and the lines of its evidence. */
    record Proposal(RelationshipNotation.Relationship relationship, int votes, List<String> evidence) {
    }

    private static final Pattern CUE = Pattern
            .compile("(?i)\\b(kiss(?:ed|es|ing)?|i love you|love you|made love"
                    + "|making love|make love|in bed|into bed|to bed|his lover|her lover|lovers|moan(?:ed|s)?"
                    + "|caress(?:ed|es)?|naked|married|boyfriend|girlfriend|husband|wife|his mouth on|her mouth on"
                    + "|lips on|embrace[ds]?|sex)\\b");

    private RelationshipInference() {
    }

    static List<Proposal> infer(List<CharacterMentions.Passage> passages,
            Map<Integer, Set<String>> perParagraph) {
        Map<List<String>, List<String>> votes = new LinkedHashMap<>();
        for (var e : perParagraph.entrySet()) {
            CharacterMentions.Passage p = passages.get(e.getKey());
            if (e.getValue().size() != 2) {
                continue;
            }
            var m = CUE.matcher(p.text());
            if (m.find()) {
                List<String> pair = new RelationshipNotation.Relationship(new ArrayList<>(e.getValue()), true)
                        .members();
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
}
