package org.ficshelf.canon;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * The canon knowledge: fandoms, characters, ship nicknames, and one name automaton over all
 * of their names. Loaded once from the bundled data plus the override folder named by the
 * system property {@value #DIR_PROPERTY}; immutable and thread-safe.
 */
public final class Canon {
    /** System property naming a folder whose canon files are merged over the bundled ones. */
    public static final String DIR_PROPERTY = "ficshelf.canon.dir";

    private static final Set<String> NAME_PARTICLES = Set.of("the", "of", "a", "de", "von", "van", "le", "la",
            "da", "del", "jr", "sr", "ii", "iii", "mc", "st", "el", "mr", "mrs", "ms", "dr", "principal",
            "professor",
            "captain", "commander", "agent", "general", "colonel", "major", "sheriff", "kai", "gul", "lord",
            "lady");

    private final List<Fandom> fandoms;
    private final List<CanonCharacter> characters;
    private final List<Ship> ships;
    private final Map<String, Integer> fandomIndex = new HashMap<>();
    private final Map<String, Integer> characterIndex = new HashMap<>();
    private final Map<String, List<Ship>> shipsByKey = new HashMap<>();
    private final Set<String> commonWords;
    private final NameAutomaton names;

    private Canon(CanonFiles files) {
        fandoms = List.copyOf(files.fandoms.values());
        characters = List.copyOf(files.characters.values());
        commonWords = Set.copyOf(files.commonWords);
        for (int i = 0; i < fandoms.size(); i++) {
            fandomIndex.put(fandoms.get(i).id(), i);
        }
        for (int i = 0; i < characters.size(); i++) {
            characterIndex.putIfAbsent(key(characters.get(i).name()), i);
        }
        List<Ship> shipList = new ArrayList<>();
        files.ships.forEach((k, s) -> {
            shipsByKey.computeIfAbsent(k.substring(0, k.indexOf('\t')), x -> new ArrayList<>()).add(s);
            if (!shipList.contains(s)) {
                shipList.add(s);
            }
        });
        ships = List.copyOf(shipList);
        names = buildAutomaton(files);
    }

    private static final class Holder {
        static final Canon BUNDLED = load(overrideDirs());
    }

    /** The bundled canon merged with the override folder, loaded on first use. */
    public static Canon bundled() {
        return Holder.BUNDLED;
    }

    /** The bundled canon merged with each folder's files in order (missing folders skipped). */
    public static Canon load(List<Path> overrideDirs) {
        return new Canon(CanonFiles.load(overrideDirs));
    }

    private static List<Path> overrideDirs() {
        String dir = System.getProperty(DIR_PROPERTY);
        return dir == null || dir.isBlank() ? List.of() : List.of(Path.of(dir));
    }

    public List<Fandom> fandoms() {
        return fandoms;
    }

    public List<CanonCharacter> characters() {
        return characters;
    }

    public List<Ship> ships() {
        return ships;
    }

    public NameAutomaton names() {
        return names;
    }

    public Optional<Fandom> fandom(String id) {
        Integer i = fandomIndex.get(id);
        return i == null ? Optional.empty() : Optional.of(fandoms.get(i));
    }

    /** The position of the fandom with this id in {@link #fandoms()}. */
    public OptionalInt fandomIndex(String id) {
        Integer i = fandomIndex.get(id);
        return i == null ? OptionalInt.empty() : OptionalInt.of(i);
    }

    /** The character with this canonical name (case-insensitive). */
    public Optional<CanonCharacter> character(String canonicalName) {
        Integer i = characterIndex.get(key(canonicalName));
        return i == null ? Optional.empty() : Optional.of(characters.get(i));
    }

    /** Ships known by this nickname or notation ("Spuffy", "K/S", "msr"), any fandom. */
    public List<Ship> shipsNamed(String name) {
        return shipsByKey.getOrDefault(shipKey(name), List.of());
    }

    /** True when the folded word is an ordinary word as well as a name ("angel", "dawn"). */
    public boolean isCommonWord(String word) {
        return commonWords.contains(TokenTable.fold(word));
    }

    static String shipKey(String name) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!Character.isWhitespace(c)) {
                out.append(TokenTable.fold(c));
            }
        }
        return out.toString();
    }

    private static String key(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    private NameAutomaton buildAutomaton(CanonFiles files) {
        NameAutomaton.Builder b = new NameAutomaton.Builder();
        files.titles.forEach(b::title);
        for (int i = 0; i < fandoms.size(); i++) {
            addFandom(b, i, fandoms.get(i));
        }
        for (int i = 0; i < characters.size(); i++) {
            addCharacter(b, i, characters.get(i));
        }
        for (int i = 0; i < ships.size(); i++) {
            for (String n : ships.get(i).names()) {
                if (n.indexOf('/') < 0 && n.indexOf('&') < 0) {
                    b.add(n, new Name(Name.Kind.SHIP, i, phraseFlags(n, 0)));
                }
            }
        }
        return b.build();
    }

    private void addFandom(NameAutomaton.Builder b, int i, Fandom f) {
        b.add(f.name(), new Name(Name.Kind.FANDOM, i, Name.FULL));
        f.aliases().forEach(a -> b.add(a, new Name(Name.Kind.FANDOM, i, phraseFlags(a, 0))));
        f.creators().forEach(a -> b.add(a, new Name(Name.Kind.CREATOR, i, Name.FULL)));
        f.cues().forEach(a -> b.add(a, new Name(Name.Kind.CUE, i, phraseFlags(a, 0))));
    }

    private void addCharacter(NameAutomaton.Builder b, int i, CanonCharacter c) {
        String plain = c.name().replace("\"", " ");
        b.add(plain, new Name(Name.Kind.CHARACTER, i, phraseFlags(plain, 0)));
        for (String part : nameParts(c.name())) {
            b.add(part, new Name(Name.Kind.CHARACTER, i, phraseFlags(part, Name.PARTIAL)));
        }
        for (String alias : c.aliases()) {
            boolean weak = alias.startsWith("~");
            String text = weak ? alias.substring(1) : alias;
            b.add(text, new Name(Name.Kind.CHARACTER, i, phraseFlags(text, weak ? Name.WEAK : 0)));
        }
    }

    /** First name, surname, quoted nickname, first-and-last of a three-word name. */
    static List<String> nameParts(String name) {
        List<String> out = new ArrayList<>();
        int q1 = name.indexOf('"');
        int q2 = q1 < 0 ? -1 : name.indexOf('"', q1 + 1);
        if (q2 > q1 + 1) {
            out.add(name.substring(q1 + 1, q2));
            name = (name.substring(0, q1) + name.substring(q2 + 1)).replaceAll("\\s+", " ").strip();
            out.add(name);
        }
        String[] words = name.split("\\s+");
        if (words.length < 2 || words[0].equalsIgnoreCase("the")) {
            return out;
        }
        if (part(words[0])) {
            out.add(words[0]);
        }
        int last = words.length - 1;
        while (last > 0 && !part(words[last])) {
            last--;
        }
        if (last > 0) {
            out.add(words[last]);
            if (last > 1 && part(words[0])) {
                out.add(words[0] + " " + words[last]);
            }
        }
        return out;
    }

    private static boolean part(String word) {
        String w = word.replace(".", "");
        return w.length() > 1 && !NAME_PARTICLES.contains(w.toLowerCase(Locale.ROOT));
    }

    private int phraseFlags(String phrase, int base) {
        String[] words = phrase.strip().split("[\\s.]+");
        int flags = base;
        if (words.length > 1) {
            flags |= Name.FULL;
        } else if (commonWords.contains(TokenTable.fold(phrase.strip()))) {
            flags |= Name.COMMON;
        }
        if (isAcronym(phrase)) {
            flags |= Name.ACRONYM;
        }
        return flags;
    }

    private static boolean isAcronym(String phrase) {
        int upper = 0;
        for (int i = 0; i < phrase.length(); i++) {
            char c = phrase.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            upper += Character.isUpperCase(c) ? 1 : 0;
        }
        return upper >= 2;
    }

    /** The fandom with this id, or null. */
    public @Nullable Fandom fandomOrNull(String id) {
        return fandom(id).orElse(null);
    }
}
