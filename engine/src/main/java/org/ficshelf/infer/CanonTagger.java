package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ficshelf.FieldInfo;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.Fandom;
import org.ficshelf.canon.Name;
import org.ficshelf.canon.NameHit;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/** Proposes fandoms, characters, relationships and categories from canon knowledge. */
public final class CanonTagger {
    private static final List<String> PAIRING_KEYS = List.of("pairings", "pairing", "relationships",
            "relationship", "ship", "ships");
    private static final List<String> LOOSE_PAIRING_KEYS = List.of("keywords", "category", "categories",
            "subject", "listTag", "summary", "tags");
    /** Keys whose values may hold an archive's relationship tags run together with other tags. */
    private static final List<String> TAGGED_KEYS = List.of("fandom", "fandoms");
    private static final List<String> CHARACTER_KEYS = List.of("characters", "character");

    private CanonTagger() {
    }

    /** Tags for a parsed work; {@code language} is its ISO 639-1 code when known. */
    public static CanonTags tag(ParsedWork parsed, @Nullable String language) {
        return tag(Canon.bundled(), parsed);
    }

    /** Tags for a parsed work against the bundled canon, from the shared pass over its text. */
    static CanonTags tag(ParsedWork parsed, TextPass.Shared text) {
        ContentScan content = text.get().content();
        return tag(Canon.bundled(), parsed, text.get().mentions(),
                content == null ? ContentScanner.scan(parsed.body(), CueLexicon.get()) : content);
    }

    /** Tags for a parsed work against the given canon. */
    public static CanonTags tag(Canon canon, ParsedWork parsed) {
        return tag(canon, parsed, CharacterMentions.scan(canon, parsed),
                ContentScanner.scan(parsed.body(), CueLexicon.get()));
    }

    private static CanonTags tag(Canon canon, ParsedWork parsed, CharacterMentions mentions,
            ContentScan content) {
        FandomInference.Result fandoms = FandomInference.infer(canon, parsed.stated(), mentions);
        Map<Integer, Set<String>> perParagraph = new HashMap<>();
        List<CharacterMentions.Count> counts = mentions.resolve(fandoms.allowed(), perParagraph);
        Map<String, Integer> mentionCounts = new LinkedHashMap<>();
        counts.forEach(c -> mentionCounts.put(c.character().name(), c.mentions()));

        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        fields.put("fandoms", fandoms.info());
        boolean explicit = ContentRater.rate(content).rating() == ContentRating.EXPLICIT;
        Relationships rel = relationships(canon, parsed, fandoms, mentions, perParagraph, mentionCounts,
                explicit);
        fields.put("relationships", rel.info);
        List<String> characters = characters(canon, parsed, fandoms, counts, rel.list, fields);
        List<String> categories = categories(canon, parsed, rel, fields);
        List<String> fandomNames = fandoms.fandoms().stream().map(Fandom::name).toList();
        List<String> tags = rel.list.stream().map(RelationshipNotation.Relationship::tag).toList();
        return new CanonTags(fandomNames, characters, tags, categories, fields);
    }

    private record Relationships(List<RelationshipNotation.Relationship> list, FieldInfo info) {
    }

    private static Relationships relationships(Canon canon, ParsedWork parsed, FandomInference.Result fandoms,
            CharacterMentions mentions, Map<Integer, Set<String>> perParagraph, Map<String, Integer> counts,
            boolean explicit) {
        RelationshipNotation notation = new RelationshipNotation(canon, fandoms.allowed(), counts);
        List<RelationshipNotation.Relationship> out = new ArrayList<>();
        List<String> evidence = new ArrayList<>();
        boolean statedAny = false;
        for (String key : PAIRING_KEYS) {
            String value = parsed.stated().get(key);
            if (value != null && !value.isBlank()) {
                statedAny = true;
                addAll(out, notation.read(value).relationships());
                evidence.add("stated " + key + ": " + value);
            }
        }
        for (String key : LOOSE_PAIRING_KEYS) {
            String value = key.equals("summary") ? parsed.summary() : parsed.stated().get(key);
            if (value != null && !value.isBlank()) {
                int before = out.size();
                addAll(out, loose(canon, notation, value));
                if (out.size() > before) {
                    statedAny = true;
                    evidence.add("stated " + key + ": " + value);
                }
            }
        }
        for (String key : TAGGED_KEYS) {
            String value = parsed.stated().get(key);
            if (value != null && !value.isBlank()) {
                int before = out.size();
                addAll(out, joinedFullNames(canon, value));
                if (out.size() > before) {
                    statedAny = true;
                    evidence.add("stated " + key + ": " + value);
                }
            }
        }
        if (statedAny) {
            return new Relationships(out, FieldInfo.stated(0.95, evidence));
        }
        List<RelationshipInference.Proposal> proposals = RelationshipInference.infer(mentions.passages(),
                perParagraph, explicit);
        for (RelationshipInference.Proposal p : proposals) {
            out.add(p.relationship());
            evidence.add(p.relationship().tag() + ": " + String.join("; ", p.evidence()));
        }
        if (out.isEmpty()) {
            return new Relationships(out, FieldInfo.inferred(0.5,
                    List.of("no stated pairing; no romance cue between two named characters")));
        }
        return new Relationships(out, FieldInfo.inferred(proposals.get(0).confidence(), evidence));
    }

    /**
     * Ship nicknames and {@code A/B} notations whose members are all known characters; platonic
     * when their comma-separated segment says so ("Mulder/Scully friendship", "... but make it gen").
     */
    private static List<RelationshipNotation.Relationship> loose(Canon canon, RelationshipNotation notation,
            String value) {
        List<RelationshipNotation.Relationship> out = new ArrayList<>();
        for (String segment : RelationshipNotation.segments(value)) {
            boolean platonic = RelationshipNotation.saysPlatonic(segment);
            List<RelationshipNotation.Relationship> found = new ArrayList<>();
            canon.names().scan(segment, hit -> {
                for (Name n : hit.names()) {
                    if (n.kind() == Name.Kind.SHIP && (!n.has(Name.ACRONYM) || hit.upper())) {
                        var s = canon.ships().get(n.target());
                        found.add(new RelationshipNotation.Relationship(s.members(), s.romantic()));
                        return;
                    }
                }
            });
            found.addAll(joinedFullNames(canon, segment));
            for (String token : segment.split("[\\s,;()\\[\\]]+")) {
                if (token.indexOf('/') > 0 && token.indexOf('/') < token.length() - 1) {
                    found.addAll(notation.read(token, true).relationships());
                }
            }
            for (var r : found) {
                out.add(platonic ? new RelationshipNotation.Relationship(r.members(), false) : r);
            }
        }
        return out;
    }

    /**
     * Archive relationship tags: full canonical character names joined by {@code /} (romantic)
     * or {@code &} (platonic), as AO3 writes them ("Hermione Granger & Luna Lovegood").
     */
    static List<RelationshipNotation.Relationship> joinedFullNames(Canon canon, String value) {
        List<RelationshipNotation.Relationship> out = new ArrayList<>();
        List<String> chain = new ArrayList<>();
        char[] joint = {0};
        int[] lastEnd = {-1};
        canon.names().scan(value, hit -> {
            String name = fullCharacter(canon, hit);
            char sep = lastEnd[0] < 0 ? 0 : separator(value, lastEnd[0], hit.start());
            if (name == null || sep == 0 || joint[0] != 0 && sep != joint[0]) {
                flush(chain, joint[0], out);
                joint[0] = 0;
            } else {
                joint[0] = sep;
            }
            if (name != null) {
                chain.add(name);
            }
            lastEnd[0] = name == null ? -1 : hit.end();
        });
        flush(chain, joint[0], out);
        return out;
    }

    private static @Nullable String fullCharacter(Canon canon, NameHit hit) {
        for (Name n : hit.names()) {
            if (n.kind() == Name.Kind.CHARACTER && n.has(Name.FULL) && !n.has(Name.PARTIAL)) {
                return canon.characters().get(n.target()).name();
            }
        }
        return null;
    }

    private static char separator(String value, int from, int to) {
        String between = value.substring(from, to).strip();
        return between.equals("/") ? '/' : between.equals("&") ? '&' : 0;
    }

    private static void flush(List<String> chain, char joint, List<RelationshipNotation.Relationship> out) {
        if (chain.size() >= 2 && joint != 0 && chain.stream().distinct().count() == chain.size()) {
            out.add(new RelationshipNotation.Relationship(List.copyOf(chain), joint == '/'));
        }
        chain.clear();
    }

    private static void addAll(List<RelationshipNotation.Relationship> out,
            List<RelationshipNotation.Relationship> more) {
        for (var r : more) {
            if (!out.contains(r)) {
                out.add(r);
            }
        }
    }

    private static List<String> characters(Canon canon, ParsedWork parsed, FandomInference.Result fandoms,
            List<CharacterMentions.Count> counts, List<RelationshipNotation.Relationship> rels,
            Map<String, FieldInfo> fields) {
        Set<String> out = new LinkedHashSet<>();
        List<String> evidence = new ArrayList<>();
        boolean stated = false;
        for (String key : CHARACTER_KEYS) {
            String value = parsed.stated().get(key);
            if (value != null) {
                for (String name : statedCharacters(canon, fandoms.allowed(), value)) {
                    out.add(name);
                    stated = true;
                }
                evidence.add("stated " + key + ": " + value);
            }
        }
        int top = counts.isEmpty() ? 0 : counts.get(0).mentions();
        for (CharacterMentions.Count c : counts) {
            out.add(c.character().name());
            String role = c.mentions() >= Math.max(3, top / 5) ? "main" : "mentioned";
            if (evidence.size() < 12) {
                evidence.add(
                        "line " + c.firstLine() + ": " + c.firstName() + " (" + role + ", " + c.mentions()
                                + (c.mentions() == 1 ? " mention)" : " mentions)"));
            }
        }
        for (var r : rels) {
            r.members().stream().filter(m -> canon.character(m).isPresent()).forEach(out::add);
        }
        double confidence = out.isEmpty() ? 0.3 : stated ? 0.95 : 0.8;
        fields.put("characters", stated
                ? FieldInfo.stated(confidence, evidence)
                : FieldInfo.inferred(confidence,
                        evidence.isEmpty() ? List.of("no canon character named") : evidence));
        return List.copyOf(out);
    }

    private static List<String> statedCharacters(Canon canon, Set<String> allowed, String value) {
        List<String> out = new ArrayList<>();
        RelationshipNotation reader = new RelationshipNotation(canon, allowed, Map.of());
        for (String part : value.split("[,;&/]|\\band\\b")) {
            String name = part.isBlank() ? null : reader.member(part.strip());
            if (name != null && canon.character(name).isPresent() && !out.contains(name)) {
                out.add(name);
            }
        }
        return out;
    }

    private static List<String> categories(Canon canon, ParsedWork parsed, Relationships rel,
            Map<String, FieldInfo> fields) {
        List<String> derived = CategoryRules.categories(canon, rel.list);
        List<String> evidence = new ArrayList<>();
        for (var r : rel.list) {
            if (r.romantic()) {
                evidence.add(r.tag() + ": " + CategoryRules.kind(canon, r.members()));
            }
        }
        String statedCategory = parsed.stated().get("category");
        List<String> stated = statedCategory == null ? List.of() : CategoryRules.stated(statedCategory);
        // the author's category wins unless a relationship of a known kind contradicts it
        if (!stated.isEmpty() && (rel.list.isEmpty() || derived.equals(List.of("Gen"))
                || stated.containsAll(derived))) {
            fields.put("categories", FieldInfo.stated(0.9, List.of("stated category: " + statedCategory)));
            return stated;
        }
        if (evidence.isEmpty()) {
            evidence.add("no romantic relationship");
        }
        fields.put("categories",
                new FieldInfo(rel.info.from(), Math.min(0.9, rel.info.confidence()), evidence));
        return derived;
    }
}
