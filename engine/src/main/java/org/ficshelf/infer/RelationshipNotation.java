package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.CanonCharacter;
import org.ficshelf.canon.Name;
import org.ficshelf.canon.Ship;
import org.jspecify.annotations.Nullable;

/**
 * Reads the relationship notations authors state: {@code A/B}, {@code A x B}, {@code A+B},
 * {@code A & B} (platonic), "A and B", initials ({@code K/S}), nicknames (Spuffy, MSR), with
 * qualifiers ("past", "pre-slash", "implied", "UST", "friendship") and "none"/"gen", and
 * names each member by its canonical name, members in AO3 order.
 */
final class RelationshipNotation {
    /** A relationship: members' canonical names in AO3 order, romantic or platonic. */
    record Relationship(List<String> members, boolean romantic) {
        Relationship {
            members = members.stream().sorted(Comparator.comparing(m -> m.toLowerCase(Locale.ROOT))).toList();
        }

        String tag() {
            return String.join(romantic ? "/" : " & ", members);
        }
    }

    /** What a stated value says: relationships, and whether it says there are none. */
    record Reading(List<Relationship> relationships, boolean none) {
    }

    private static final Pattern NONE = Pattern.compile(
            "(?i)\\s*(none|no pairings?|no romance|gen|n/?a|nothing|not really|no ship)\\b.*");
    private static final Pattern QUALIFIERS = Pattern
            .compile("(?i)\\b(past|pre-?slash|implied|hints? of|hinted"
                    + "|mentions? of|mentioned|eventual|slight|ust|friendship|friends|romance|slash|het|femslash|sort of"
                    + "|one-?sided|background|mild|possible|kinda|really|sorta|established|future|unrequited)\\b");
    private static final Pattern PLATONIC = Pattern.compile("(?i)\\b(friendship|friends|gen)\\b");
    private static final Pattern FRIENDS_TO_LOVERS = Pattern
            .compile("(?i)\\bfriends[\\s-]+to[\\s-]+lovers\\b");
    /** Commas, semicolons and sentence ends (not after an initial or "Mrs."): "none really. John & Sherlock". */
    private static final Pattern SEGMENT_BREAK = Pattern.compile(
            "[,;]|(?<!\\b(?:\\p{Lu}|Mr|Mrs|Ms|Dr|St|Jr|Sr|Lt|Sgt|Capt|Col|Gen|Prof))\\.\\s+(?=\\p{Lu})");
    private static final Pattern SEPARATOR = Pattern.compile("\\s*(/|\\s[xX]\\s|&|\\+|\\sand\\s)\\s*");

    private final Canon canon;
    private final Set<String> fandoms;
    private final Map<String, Integer> mentions;

    RelationshipNotation(Canon canon, Set<String> fandoms, Map<String, Integer> mentions) {
        this.canon = canon;
        this.fandoms = fandoms;
        this.mentions = mentions;
    }

    Reading read(String stated) {
        return read(stated, false);
    }

    /** Reads {@code stated}; when {@code strict}, every member must be a known character. */
    Reading read(String stated, boolean strict) {
        List<Relationship> out = new ArrayList<>();
        boolean none = false;
        for (String segment : segments(stated)) {
            if (NONE.matcher(segment).matches()) {
                none = true;
                continue;
            }
            Relationship r = segment(segment, strict);
            if (r != null && !out.contains(r)) {
                out.add(r);
            }
        }
        return new Reading(out, none && out.stream().noneMatch(Relationship::romantic));
    }

    /** True when {@code segment} calls its relationship platonic ("friendship", "friends", "gen"). */
    static boolean saysPlatonic(String segment) {
        return PLATONIC.matcher(segment).find() && !FRIENDS_TO_LOVERS.matcher(segment).find();
    }

    /** The value split at commas and semicolons, parenthesised parts as segments of their own. */
    static List<String> segments(String stated) {
        List<String> out = new ArrayList<>();
        StringBuilder outer = new StringBuilder();
        StringBuilder inner = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < stated.length(); i++) {
            char c = stated.charAt(i);
            if (c == '(' || c == '[') {
                depth++;
            } else if ((c == ')' || c == ']') && depth > 0) {
                depth--;
                if (depth == 0) {
                    split(inner.toString(), out);
                    inner.setLength(0);
                }
            } else {
                (depth > 0 ? inner : outer).append(c);
            }
        }
        split(inner.toString(), out);
        List<String> result = new ArrayList<>();
        split(outer.toString(), result);
        result.addAll(out);
        return result;
    }

    private static void split(String text, List<String> out) {
        for (String part : SEGMENT_BREAK.split(text)) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
    }

    private @Nullable Relationship segment(String segment, boolean strict) {
        boolean platonic = PLATONIC.matcher(segment).find();
        String core = QUALIFIERS.matcher(segment).replaceAll(" ").replaceAll("\\s+", " ").strip();
        core = core.replaceAll("^[-:.\\s]+|[-:.\\s]+$", "");
        if (core.isEmpty()) {
            return null;
        }
        Ship ship = ship(core);
        if (ship != null) {
            return new Relationship(ship.members(), ship.romantic() && !platonic);
        }
        var m = SEPARATOR.matcher(core);
        if (!m.find()) {
            return null;
        }
        boolean romantic = !m.group(1).equals("&") && !platonic;
        List<String> members = new ArrayList<>();
        for (String part : SEPARATOR.split(core)) {
            String member = member(part.strip());
            if (member == null || strict && canon.character(member).isEmpty()) {
                return null;
            }
            members.add(member);
        }
        return members.size() < 2 || members.stream().distinct().count() < members.size()
                ? null
                : new Relationship(members, romantic);
    }

    private @Nullable Ship ship(String name) {
        Ship any = null;
        for (Ship s : canon.shipsNamed(name)) {
            if (fandoms.contains(s.fandom())) {
                return s;
            }
            any = any == null ? s : any;
        }
        return fandoms.isEmpty() ? any : null;
    }

    /** A member's canonical name: a known character, an initial, or the author's words. */
    @Nullable
    String member(String text) {
        if (text.isEmpty()) {
            return null;
        }
        String letters = text.replace(".", "");
        if (letters.length() == 1
                || letters.length() == 2 && letters.equals(letters.toUpperCase(Locale.ROOT))) {
            return initial(letters);
        }
        CanonCharacter best = null;
        int bestScore = -1;
        List<Name> names = new ArrayList<>();
        List<String> nextWords = new ArrayList<>();
        canon.names().scan(text, hit -> {
            for (Name n : hit.names()) {
                names.add(n);
                nextWords.add(nextName(text, hit.end()));
            }
        });
        for (int i = 0; i < names.size(); i++) {
            Name n = names.get(i);
            if (n.kind() != Name.Kind.CHARACTER) {
                continue;
            }
            CanonCharacter ch = canon.characters().get(n.target());
            if (!n.has(Name.FULL) && (!fandoms.isEmpty() && !CharacterMentions.allowed(ch, fandoms)
                    || !nextWords.get(i).isEmpty() && !namesWord(ch, nextWords.get(i)))) {
                continue; // a first name alone brings in no other fandom's character, nor one of another surname
            }
            int score = (CharacterMentions.allowed(ch, fandoms) ? 1000 : 0) + (n.has(Name.FULL) ? 500 : 0)
                    + mentions.getOrDefault(ch.name(), 0);
            if (score > bestScore) {
                best = ch;
                bestScore = score;
            }
        }
        if (best == null || !CharacterMentions.allowed(best, fandoms)) {
            String shortened = shortForm(text);
            if (shortened != null) {
                return shortened;
            }
        }
        return best != null ? best.name() : text;
    }

    /**
     * The capitalised word of two letters or more right after {@code end}, or "": in "Steve
     * Cortez" a first name that matched Steve Rogers is followed by another surname.
     */
    private static String nextName(String text, int end) {
        int i = end;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        int j = i;
        while (j < text.length() && (Character.isLetter(text.charAt(j)) || text.charAt(j) == '\'')) {
            j++;
        }
        boolean name = i > end && j - i >= 2 && Character.isUpperCase(text.charAt(i))
                && Character.isLowerCase(text.charAt(j - 1));
        return name ? text.substring(i, j) : "";
    }

    /** True when {@code word} is a word of the character's name or of one of its aliases. */
    private static boolean namesWord(CanonCharacter ch, String word) {
        String w = " " + word.toLowerCase(Locale.ROOT) + " ";
        if ((" " + ch.name().toLowerCase(Locale.ROOT).replace("\"", "") + " ").contains(w)) {
            return true;
        }
        for (String a : ch.aliases()) {
            if ((" " + a.toLowerCase(Locale.ROOT) + " ").contains(w)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The character of the work's fandoms whose first name, surname or alias begins with a
     * one-word {@code text} of three letters or more ("Jess" for Jessica Moore), the most
     * mentioned when several do; null when none does.
     */
    private @Nullable String shortForm(String text) {
        if (text.length() < 3 || fandoms.isEmpty() || !text.chars().allMatch(Character::isLetter)) {
            return null;
        }
        String best = null;
        int bestCount = -1;
        for (CanonCharacter ch : canon.characters()) {
            if (CharacterMentions.allowed(ch, fandoms) && beginsWord(ch, text)) {
                int n = mentions.getOrDefault(ch.name(), 0);
                if (n > bestCount) {
                    best = ch.name();
                    bestCount = n;
                }
            }
        }
        return best;
    }

    private static boolean beginsWord(CanonCharacter ch, String text) {
        for (String p : ch.name().replace("\"", "").split("[\\s.]+")) {
            if (p.length() > text.length() && p.regionMatches(true, 0, text, 0, text.length())) {
                return true;
            }
        }
        for (String a : ch.aliases()) {
            if (!a.startsWith("~") && a.indexOf(' ') < 0 && a.length() > text.length()
                    && a.regionMatches(true, 0, text, 0, text.length())) {
                return true;
            }
        }
        return false;
    }

    private @Nullable String initial(String letters) {
        String best = null;
        int bestCount = 0;
        for (var e : mentions.entrySet()) {
            CanonCharacter ch = canon.character(e.getKey()).orElse(null);
            if (ch != null && startsWith(ch, letters) && e.getValue() > bestCount) {
                best = ch.name();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    private static boolean startsWith(CanonCharacter ch, String letters) {
        if (ch.name().regionMatches(true, 0, letters, 0, letters.length())) {
            return true;
        }
        for (String a : ch.aliases()) {
            if (!a.startsWith("~") && a.regionMatches(true, 0, letters, 0, letters.length())) {
                return true;
            }
        }
        for (String p : ch.name().replace("\"", "").split("\\s+")) {
            if (p.regionMatches(true, 0, letters, 0, letters.length()) && letters.length() == 1) {
                return true;
            }
        }
        return false;
    }
}
