package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.CanonCharacter;
import org.ficshelf.canon.Name;
import org.ficshelf.canon.NameHit;
import org.ficshelf.canon.WordSplit;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;

/**
 * The names found in a work's story text (title, summary, body paragraphs) in one pass of the
 * canon's name automaton, and, once the fandoms are known, the characters they resolve to with
 * mention counts and the characters of each paragraph.
 */
final class CharacterMentions {
    /**
     * A text that was scanned: its source line (0 for title and summary) and its hits, with
     * whether a show word follows each hit, looked at once per hit and only when asked.
     */
    record Passage(int line, String text, List<NameHit> hits, int firstCue,
            ContentScanner.@Nullable ParagraphSex sex, byte[] showWords) {
        Passage(int line, String text, List<NameHit> hits, int firstCue,
                ContentScanner.@Nullable ParagraphSex sex) {
            this(line, text, hits, firstCue, sex, new byte[hits.size()]);
        }

        /** Whether the text holds a word a romance cue needs (then {@link #firstCue} is where). */
        boolean mayHaveCue() {
            return firstCue >= 0;
        }

        /** Whether a show word ("season", "series"...) follows hit {@code k}. */
        boolean showWordAfter(int k) {
            if (showWords[k] == 0) {
                showWords[k] = followedByShowWord(text, hits.get(k).end()) ? (byte) 2 : 1;
            }
            return showWords[k] == 2;
        }
    }

    /** A resolved character: how often it is named, where first, and per-paragraph presence. */
    record Count(CanonCharacter character, int mentions, int firstLine, String firstName) {
    }

    private static final List<String> SHOW_WORDS = List.of("season", "seasons", "series", "episode",
            "episodes",
            "ep", "fandom", "fic", "fanfic", "spoilers", "s1", "s2", "s3", "s4", "s5", "s6", "s7");

    private final Canon canon;
    private final List<Passage> passages = new ArrayList<>();

    private CharacterMentions(Canon canon) {
        this.canon = canon;
    }

    static CharacterMentions scan(Canon canon, ParsedWork parsed) {
        return TextPass.run(canon, parsed, false).mentions();
    }

    /** Mentions to be filled passage by passage by the shared text pass. */
    static CharacterMentions empty(Canon canon) {
        return new CharacterMentions(canon);
    }

    /** Whether a text is scanned for names: not blank, not a disclaimer or spoiler warning. */
    static boolean scanned(@Nullable String text, boolean body) {
        return text != null && !text.isBlank() && !(body && isDisclaimer(text));
    }

    /**
     * Adds a passage already split into {@code words} with their name-word ids; {@code firstCue}
     * is where the first word holding a word a romance cue needs starts, -1 if none; {@code sex}
     * the explicit content the shared content scan read in it, null when it was not scanned.
     */
    void add(int line, String text, WordSplit words, int[] ids, int firstCue,
            ContentScanner.@Nullable ParagraphSex sex) {
        List<NameHit> hits = new ArrayList<>();
        canon.names().scan(text, words, ids, hits::add);
        passages.add(new Passage(line, text, hits, firstCue, sex));
    }

    private static boolean isDisclaimer(String text) {
        String head = text.length() > 40 ? text.substring(0, 40) : text;
        return head.regionMatches(true, 0, "disclaimer", 0, 10)
                || head.regionMatches(true, 0, "spoilers", 0, 8);
    }

    List<Passage> passages() {
        return passages;
    }

    /** True when a hit may name a character: capitalised, not a show title, not a bare word. */
    static boolean firm(NameHit hit, Name name, CharSequence text) {
        return firm(hit, name, new ShowWord(text, hit));
    }

    private static boolean firm(NameHit hit, Name name, ShowWord show) {
        if (name.kind() != Name.Kind.CHARACTER || name.has(Name.WEAK)) {
            return false;
        }
        if (name.has(Name.ACRONYM) && !hit.upper()) {
            return false;
        }
        if (!hit.capitalised() || show.follows()) {
            return false;
        }
        return !name.has(Name.COMMON) || hit.nameLike();
    }

    /** A capitalised hit that would count if the character is otherwise firmly named. */
    static boolean soft(NameHit hit, Name name, CharSequence text) {
        return soft(hit, name, new ShowWord(text, hit));
    }

    private static boolean soft(NameHit hit, Name name, ShowWord show) {
        return name.kind() == Name.Kind.CHARACTER && hit.capitalised() && !show.follows()
                && (!name.has(Name.ACRONYM) || hit.upper());
    }

    /** Whether a show word follows a hit, looked at once and only when asked. */
    private static final class ShowWord {
        private final CharSequence text;
        private final int end;
        private final @Nullable Passage passage;
        private final int index;
        private int known; // 0 unknown, 1 no, 2 yes

        ShowWord(CharSequence text, NameHit hit) {
            this.text = text;
            this.end = hit.end();
            this.passage = null;
            this.index = -1;
        }

        /** The answer kept with hit {@code index} of {@code passage}, shared by every reader. */
        ShowWord(Passage passage, int index) {
            this.text = passage.text();
            this.end = passage.hits().get(index).end();
            this.passage = passage;
            this.index = index;
        }

        boolean follows() {
            if (passage != null) {
                return passage.showWordAfter(index);
            }
            if (known == 0) {
                known = followedByShowWord(text, end) ? 2 : 1;
            }
            return known == 2;
        }
    }

    static boolean followedByShowWord(CharSequence text, int end) {
        int i = end;
        while (i < text.length()
                && (text.charAt(i) == ' ' || text.charAt(i) == ':' || text.charAt(i) == '\'')) {
            i++;
        }
        int start = i;
        while (i < text.length() && Character.isLetterOrDigit(text.charAt(i)) && i - start < 10) {
            i++;
        }
        if (i == start) {
            return false;
        }
        for (String w : SHOW_WORDS) {
            if (w.length() == i - start && regionIs(text, start, w)) {
                return true;
            }
        }
        return i - start == 3 && regionIs(text, start, "the") && text.length() >= i + 7
                && regionIs(text, i + 1, "series");
    }

    /** True when {@code text} holds {@code word} (lower case) at {@code at}, ignoring case. */
    private static boolean regionIs(CharSequence text, int at, String word) {
        if (at + word.length() > text.length()) {
            return false;
        }
        for (int k = 0; k < word.length(); k++) {
            if (Character.toLowerCase(text.charAt(at + k)) != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /**
     * The characters of the allowed fandoms named in the text, most mentioned first. A hit naming
     * several allowed characters ("Summers") goes to the one most often named unambiguously.
     */
    List<Count> resolve(Set<String> allowedFandoms, Map<Integer, Set<String>> perParagraph) {
        Map<String, Integer> firmCounts = new HashMap<>();
        Map<Integer, List<Candidate>> resolved = new LinkedHashMap<>();
        Narrowing narrowing = new Narrowing(canon, new Allowed(allowedFandoms));
        for (int p = 0; p < passages.size(); p++) {
            resolved.put(p, candidates(passages.get(p), narrowing, firmCounts));
        }
        Map<String, int[]> counts = new LinkedHashMap<>();
        Map<String, String[]> first = new HashMap<>();
        for (var e : resolved.entrySet()) {
            Passage passage = passages.get(e.getKey());
            for (Candidate c : e.getValue()) {
                CanonCharacter ch = pick(c, firmCounts);
                if (ch == null || !firmCounts.containsKey(ch.name())) {
                    continue;
                }
                counts.computeIfAbsent(ch.name(), k -> new int[1])[0]++;
                first.putIfAbsent(ch.name(), new String[]{Integer.toString(passage.line()),
                        passage.text().substring(c.hit.start(), c.hit.end())});
                perParagraph.computeIfAbsent(e.getKey(), k -> new HashSet<>()).add(ch.name());
            }
        }
        List<Count> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new Count(canon.character(name).orElseThrow(), n[0],
                Integer.parseInt(first.get(name)[0]), first.get(name)[1])));
        out.sort((a, b) -> Integer.compare(b.mentions(), a.mentions()));
        return out;
    }

    private record Candidate(NameHit hit, List<CanonCharacter> characters, boolean firm) {
    }

    private List<Candidate> candidates(Passage passage, Narrowing narrowing,
            Map<String, Integer> firmCounts) {
        List<Candidate> out = new ArrayList<>();
        List<NameHit> hits = passage.hits();
        for (int k = 0; k < hits.size(); k++) {
            NameHit hit = hits.get(k);
            if (!hasCharacter(hit)) {
                continue;
            }
            List<CanonCharacter> firm = narrowing.of(passage, k, true);
            if (firm.size() == 1) {
                firmCounts.merge(firm.get(0).name(), 1, Integer::sum);
            }
            if (!firm.isEmpty()) {
                out.add(new Candidate(hit, firm, true));
                continue;
            }
            List<CanonCharacter> soft = narrowing.of(passage, k, false);
            if (!soft.isEmpty()) {
                out.add(new Candidate(hit, soft, false));
            }
        }
        return out;
    }

    /**
     * The distinct characters a hit may name (firm or soft evidence; {@code allowed} null for
     * any fandom); an explicit alias or full name ("Scully") outranks a derived name part of
     * others ("Scully" of Margaret Scully).
     */
    static List<CanonCharacter> narrow(Canon canon, NameHit hit, CharSequence text,
            @Nullable Set<String> allowed,
            boolean firmOnly) {
        return narrow(canon, hit, new ShowWord(text, hit), allowed == null ? null : new Allowed(allowed),
                firmOnly);
    }

    /** As above for hit {@code k} of a passage, sharing its show-word answer between calls. */
    static List<CanonCharacter> narrow(Canon canon, Passage passage, int k, @Nullable Allowed allowed,
            boolean firmOnly) {
        return narrow(canon, passage.hits().get(k), new ShowWord(passage, k), allowed, firmOnly);
    }

    /**
     * The answers of {@link #narrow} for one set of allowed fandoms, kept per name list and hit
     * shape: the answer depends only on the names a hit may stand for, whether it is upper case,
     * name-like or followed by a show word, so a name repeated through a work is weighed once.
     * The lists it returns are shared: callers only read them.
     */
    static final class Narrowing {
        private final Canon canon;
        private final @Nullable Allowed allowed;
        private final java.util.IdentityHashMap<List<Name>, List<?>[]> known = new java.util.IdentityHashMap<>();

        Narrowing(Canon canon, @Nullable Allowed allowed) {
            this.canon = canon;
            this.allowed = allowed;
        }

        @SuppressWarnings("unchecked")
        List<CanonCharacter> of(Passage passage, int k, boolean firmOnly) {
            NameHit hit = passage.hits().get(k);
            if (!hit.capitalised()) {
                return List.of();
            }
            int shape = (hit.upper() ? 1 : 0) | (hit.nameLike() ? 2 : 0)
                    | (passage.showWordAfter(k) ? 4 : 0) | (firmOnly ? 8 : 0);
            List<?>[] answers = known.computeIfAbsent(hit.names(), x -> new List<?>[16]);
            if (answers[shape] == null) {
                answers[shape] = narrow(canon, hit, new ShowWord(passage, k), allowed, firmOnly);
            }
            return (List<CanonCharacter>) answers[shape];
        }
    }

    private static List<CanonCharacter> narrow(Canon canon, NameHit hit, ShowWord show,
            @Nullable Allowed allowed, boolean firmOnly) {
        // firm and soft evidence both need a capital, so a lower-case hit names nobody
        if (!hit.capitalised() || !hasCharacter(hit)) {
            return List.of();
        }
        // Few names per hit: lists, not a map hashing whole character records.
        List<CanonCharacter> found = new ArrayList<>(4);
        List<Boolean> explicitness = new ArrayList<>(4);
        for (Name n : hit.names()) {
            if (n.kind() != Name.Kind.CHARACTER) {
                continue;
            }
            CanonCharacter ch = canon.characters().get(n.target());
            if (allowed != null && !allowed.test(n.target(), ch)) {
                continue;
            }
            if (firmOnly ? firm(hit, n, show) : soft(hit, n, show)) {
                int at = indexOf(found, ch);
                if (at < 0) {
                    found.add(ch);
                    explicitness.add(!n.has(Name.PARTIAL));
                } else if (!n.has(Name.PARTIAL)) {
                    explicitness.set(at, true);
                }
            }
        }
        List<CanonCharacter> explicit = new ArrayList<>();
        for (int k = 0; k < found.size(); k++) {
            if (explicitness.get(k)) {
                explicit.add(found.get(k));
            }
        }
        return explicit.size() == 1 ? explicit : found;
    }

    private static int indexOf(List<CanonCharacter> list, CanonCharacter ch) {
        for (int k = 0; k < list.size(); k++) {
            CanonCharacter other = list.get(k);
            if (other == ch || other.equals(ch)) {
                return k;
            }
        }
        return -1;
    }

    static boolean hasCharacter(NameHit hit) {
        for (Name n : hit.names()) {
            if (n.kind() == Name.Kind.CHARACTER) {
                return true;
            }
        }
        return false;
    }

    private static @Nullable CanonCharacter pick(Candidate c, Map<String, Integer> firmCounts) {
        CanonCharacter best = null;
        int bestCount = 0;
        for (CanonCharacter ch : c.characters()) {
            int n = firmCounts.getOrDefault(ch.name(), 0);
            if (n > bestCount) {
                best = ch;
                bestCount = n;
            }
        }
        return best;
    }

    /** Whether a character belongs to the allowed fandoms, worked out once per character. */
    static final class Allowed {
        private final Set<String> fandoms;
        private byte[] known = new byte[64]; // by character index: 0 unknown, 1 no, 2 yes

        Allowed(Set<String> fandoms) {
            this.fandoms = fandoms;
        }

        boolean test(int index, CanonCharacter ch) {
            if (index >= known.length) {
                known = java.util.Arrays.copyOf(known, Math.max(index + 1, 2 * known.length));
            }
            if (known[index] == 0) {
                known[index] = allowed(ch, fandoms) ? (byte) 2 : 1;
            }
            return known[index] == 2;
        }
    }

    static boolean allowed(CanonCharacter ch, Set<String> fandoms) {
        for (String f : ch.fandoms()) {
            if (fandoms.contains(f)) {
                return true;
            }
        }
        return false;
    }
}
