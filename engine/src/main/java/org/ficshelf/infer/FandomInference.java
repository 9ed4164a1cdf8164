package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.ficshelf.FieldInfo;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.CanonCharacter;
import org.ficshelf.canon.Fandom;
import org.ficshelf.canon.Name;
import org.ficshelf.canon.NameHit;
import org.jspecify.annotations.Nullable;

/**
 * Weighs the evidence for each fandom and picks the work's fandoms: names in stated tags
 * (fandom, category, list tag, subject, keywords), creators and shows named in the disclaimer
 * and spoilers, setting cues, show names in the text, and the characters named in it. A second
 * fandom of another family is a crossover only with strong evidence of its own; between sibling
 * fandoms (Buffy the Vampire Slayer, Angel: the Series) the stronger wins unless both are stated.
 */
final class FandomInference {
    /** The picked fandoms, every fandom of their families (whose characters may appear), provenance. */
    record Result(List<Fandom> fandoms, Set<String> families, Set<String> allowed, FieldInfo info) {
    }

    static final List<String> TAG_KEYS = List.of("fandom", "fandoms", "listTag", "category", "categories",
            "subject", "keywords", "series", "show", "universe", "tags");
    private static final double STATED = 10;
    private static final double DISCLAIMER_CREATOR = 6;
    private static final double DISCLAIMER_NAME = 8;
    private static final double SPOILER_NAME = 5;
    private static final double TEXT_NAME = 1;
    private static final double CUE = 0.7;
    private static final double CUE_CAP = 2.1;

    private final Canon canon;
    private final double[] score;
    private final double[] stated;
    private final double[] cues;
    /** Stated weight from names several fandoms share ("Star Trek"): no claim for one sibling. */
    private final double[] sharedStated;
    private final int[] mentionsOf;
    private final int[] fullNames;
    private final boolean[] namedInText;
    private final List<List<String>> evidence = new ArrayList<>();
    private final List<Set<String>> characters = new ArrayList<>();
    private final CharacterMentions.Narrowing anyFandom;

    private FandomInference(Canon canon) {
        this.canon = canon;
        int n = canon.fandoms().size();
        score = new double[n];
        stated = new double[n];
        cues = new double[n];
        sharedStated = new double[n];
        mentionsOf = new int[n];
        fullNames = new int[n];
        namedInText = new boolean[n];
        anyFandom = new CharacterMentions.Narrowing(canon, null);
        for (int i = 0; i < n; i++) {
            evidence.add(new ArrayList<>());
            characters.add(new LinkedHashSet<>());
        }
    }

    static Result infer(Canon canon, Map<String, @Nullable String> statedMap, CharacterMentions mentions) {
        FandomInference f = new FandomInference(canon);
        f.statedEvidence(statedMap);
        f.textEvidence(mentions);
        return f.pick();
    }

    private void statedEvidence(Map<String, @Nullable String> statedMap) {
        for (var e : statedMap.entrySet()) {
            String value = e.getValue();
            if (value == null) {
                continue;
            }
            String key = e.getKey();
            if (TAG_KEYS.contains(key)) {
                named(value, STATED, STATED, "stated " + key + ": ", true);
            } else if (key.equals("disclaimer")) {
                named(value, DISCLAIMER_NAME, DISCLAIMER_CREATOR, "disclaimer: ", true);
            } else if (key.equals("spoilers") || key.equals("setting") || key.equals("archive")) {
                named(value, SPOILER_NAME, 0, key + ": ", false);
            }
        }
    }

    private void named(String value, double nameWeight, double creatorWeight, String label,
            boolean isStated) {
        canon.names().scan(value, hit -> {
            List<Integer> names = targets(hit, Name.Kind.FANDOM, value);
            List<Integer> creators = targets(hit, Name.Kind.CREATOR, value);
            for (int i : names) {
                add(i, nameWeight / names.size(), label + value, isStated && names.size() == 1);
                if (isStated && names.size() > 1) {
                    sharedStated[i] += nameWeight / names.size();
                }
            }
            for (int i : creators) {
                add(i, creatorWeight / creators.size(), label + value, false);
            }
        });
    }

    private List<Integer> targets(NameHit hit, Name.Kind kind, CharSequence text) {
        if (!has(hit, kind)) {
            return List.of();
        }
        List<Integer> out = new ArrayList<>();
        for (Name n : hit.names()) {
            if (n.kind() == kind && (!n.has(Name.ACRONYM) || hit.upper()) && !out.contains(n.target())) {
                out.add(n.target());
            }
        }
        return out;
    }

    private static boolean has(NameHit hit, Name.Kind kind) {
        for (Name n : hit.names()) {
            if (n.kind() == kind) {
                return true;
            }
        }
        return false;
    }

    private void add(int fandom, double weight, String why, boolean isStated) {
        score[fandom] += weight;
        if (isStated) {
            stated[fandom] += weight;
        }
        if (evidence.get(fandom).size() < 6 && !evidence.get(fandom).contains(why)) {
            evidence.get(fandom).add(why);
        }
    }

    private void textEvidence(CharacterMentions mentions) {
        Map<String, double[]> best = new HashMap<>();
        Map<String, Integer> counts = new HashMap<>();
        Set<Integer> namedShows = new LinkedHashSet<>();
        for (CharacterMentions.Passage p : mentions.passages()) {
            for (int k = 0; k < p.hits().size(); k++) {
                NameHit hit = p.hits().get(k);
                characterEvidence(p, k, best, counts);
                cueEvidence(p, hit);
                showEvidence(p, hit, namedShows);
            }
        }
        best.forEach((name, w) -> {
            CanonCharacter ch = canon.character(name).orElseThrow();
            int n = counts.get(name);
            double home = w[0] * (1 + Math.min(n, 10) / 10.0);
            for (String f : ch.fandoms()) {
                double weight = f.equals(ch.home()) ? home : 0.8 * home;
                canon.fandomIndex(f).ifPresent(i -> {
                    characters.get(i).add(name);
                    mentionsOf[i] += n;
                    fullNames[i] += (int) w[2];
                    add(i, weight, "line " + (int) w[1] + ": " + name + " (" + n + ")", false);
                });
            }
        });
    }

    private void characterEvidence(CharacterMentions.Passage p, int index, Map<String, double[]> best,
            Map<String, Integer> counts) {
        NameHit hit = p.hits().get(index);
        List<CanonCharacter> firm = anyFandom.of(p, index, true);
        if (firm.isEmpty()) {
            return;
        }
        boolean full = false;
        boolean common = false;
        for (Name n : hit.names()) {
            full |= n.kind() == Name.Kind.CHARACTER && n.has(Name.FULL);
            common |= n.has(Name.COMMON);
        }
        for (CanonCharacter ch : firm) {
            double w = (full ? 1.5 : common ? 0.5 : 1.0) / firm.size();
            double[] b = best.computeIfAbsent(ch.name(), k -> new double[]{0, p.line(), 0});
            b[0] = Math.max(b[0], w);
            b[2] = full && firm.size() == 1 ? 1 : b[2];
            counts.merge(ch.name(), 1, Integer::sum);
        }
    }

    private void cueEvidence(CharacterMentions.Passage p, NameHit hit) {
        List<Integer> targets = targets(hit, Name.Kind.CUE, p.text());
        if (targets.isEmpty()) {
            return;
        }
        for (int i : targets) {
            double w = Math.min(CUE / targets.size(), CUE_CAP - cues[i]);
            if (w > 0) {
                cues[i] += w;
                add(i, w, "line " + p.line() + ": " + p.text().substring(hit.start(), hit.end()), false);
            }
        }
    }

    private void showEvidence(CharacterMentions.Passage p, NameHit hit, Set<Integer> named) {
        if (!hit.capitalised() || hit.end() - hit.start() < 5 || has(hit, Name.Kind.CHARACTER)) {
            return;
        }
        for (int i : targets(hit, Name.Kind.FANDOM, p.text())) {
            if (named.add(i)) {
                namedInText[i] = true;
                add(i, TEXT_NAME, "line " + p.line() + ": " + p.text().substring(hit.start(), hit.end()),
                        false);
            }
        }
    }

    private Result pick() {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < score.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(score[b], score[a]));
        List<Fandom> picked = new ArrayList<>();
        Set<String> families = new LinkedHashSet<>();
        List<String> why = new ArrayList<>();
        double top = score[order.get(0)];
        for (int i : order) {
            if (picked.size() == 3 || !qualifies(i, top, picked.isEmpty(), families)) {
                continue;
            }
            Fandom f = canon.fandoms().get(i);
            picked.add(f);
            families.add(f.family());
            why.add(f.name() + " " + String.format(Locale.ROOT, "%.1f", score[i]) + ": "
                    + String.join("; ", evidence.get(i)));
        }
        return new Result(picked, families, allowed(families), info(picked, why));
    }

    private boolean qualifies(int i, double top, boolean first, Set<String> families) {
        if (first) {
            return score[i] >= 1.5 && score[i] - cues[i] >= 0.5;
        }
        if (families.contains(canon.fandoms().get(i).family())) {
            return stated[i] >= 5;
        }
        boolean own = namedInText[i] && mentionsOf[i] >= 3
                || fullNames[i] > 0 && characters.get(i).size() >= 2 && mentionsOf[i] >= 4;
        return stated[i] >= 5 || (own && score[i] - cues[i] >= 2.0 && score[i] >= 0.3 * top);
    }

    private Set<String> allowed(Set<String> families) {
        Set<String> out = new LinkedHashSet<>();
        for (Fandom f : canon.fandoms()) {
            if (families.contains(f.family())) {
                out.add(f.id());
            }
        }
        return out;
    }

    private FieldInfo info(List<Fandom> picked, List<String> why) {
        if (picked.isEmpty()) {
            return FieldInfo.inferred(0.0, List.of("no fandom evidence"));
        }
        boolean allStated = true;
        double min = Double.MAX_VALUE;
        for (Fandom f : picked) {
            int i = canon.fandomIndex(f.id()).orElseThrow();
            allStated &= stated[i] + sharedStated[i] >= 5;
            min = Math.min(min, score[i]);
        }
        if (allStated) {
            return FieldInfo.stated(0.95, why);
        }
        return FieldInfo.inferred(Math.min(0.9, 0.4 + min / 10), why);
    }
}
