package org.ficshelf.search.lucene;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.ficshelf.search.IndexedWork;

/**
 * A generated corpus of small works with known tags, for relevance and filter tests. Invented
 * text: titles from two word lists (every title unique), bodies from a plain vocabulary that
 * shares no word with the titles, and one signature sentence per work that no other work has.
 */
final class TestCorpus {
    static final int SIZE = 300;
    static final Instant EPOCH = Instant.parse("2020-01-01T00:00:00Z");

    record Fandom(String name, List<String> characters) {
    }

    static final List<Fandom> FANDOMS = List.of(
            new Fandom("Buffy the Vampire Slayer", List.of("Buffy Summers", "Spike", "Willow Rosenberg",
                    "Xander Harris", "Rupert Giles", "Faith Lehane", "Tara Maclay")),
            new Fandom("Angel: the Series", List.of("Angel", "Cordelia Chase", "Wesley Wyndam-Pryce",
                    "Winifred \"Fred\" Burkle", "Spike")),
            new Fandom("Stargate SG-1",
                    List.of("Jack O'Neill", "Teal'c", "Daniel Jackson", "Samantha Carter")),
            new Fandom("Les Mis\u00E9rables", List.of("Enjolras", "Grantaire", "\u00C9ponine Th\u00E9nardier",
                    "Cosette")));

    static final List<String> RATINGS = List.of("Not Rated", "General Audiences", "Teen And Up Audiences",
            "Mature", "Explicit");
    static final List<String> WARNINGS = List.of("No Archive Warnings Apply",
            "Graphic Depictions Of Violence",
            "Major Character Death");
    static final List<String> FREEFORMS = List.of("Angst", "Fluff", "Hurt/Comfort", "Alternate Universe",
            "Post-Season/Series 03", "Snow");

    private static final List<String> ADJECTIVES = List.of("Amber", "Brittle", "Copper", "Distant", "Ember",
            "Frozen", "Gilded", "Hollow", "Ivory", "Jagged", "Kindled", "Lunar", "Molten", "Northern", "Opal",
            "Pale", "Quiet", "Russet", "Sunken", "Tidal");
    private static final List<String> NOUNS = List.of("Lantern", "Harbor", "Orchard", "Compass", "Cathedral",
            "Meridian", "Ledger", "Furnace", "Lighthouse", "Mirror", "Pendulum", "Quarry", "Sextant",
            "Tapestry",
            "Vineyard", "Citadel", "Bellows", "Thimble");
    private static final List<String> VOCABULARY = List.of("walked", "road", "morning", "light", "door",
            "window",
            "said", "quietly", "looked", "table", "coffee", "rain", "hands", "voice", "laughed", "stairs",
            "night",
            "street", "library", "book", "letter", "waited", "long", "time", "cold", "warm", "smiled",
            "turned",
            "corner", "kitchen", "floor", "moved", "slowly", "quickly", "thought", "remembered", "fire",
            "sound",
            "house", "garden", "stone", "water", "river", "bridge", "town", "shadow", "sky", "grey", "blue",
            "green", "small", "tired", "carefully", "answered", "asked", "nodded", "shrugged", "sat", "stood",
            "opened", "closed", "reached", "held", "dropped", "blood", "vampires", "slayers", "watched");
    private static final List<String> SIGNATURE = List.of("violet", "otter", "juggled", "seventeen",
            "pickled",
            "walrus", "marmalade", "accordion", "sprocket", "tangerine", "gazebo", "porcupine");

    private TestCorpus() {
    }

    static List<IndexedWork> generate(long seed) {
        Random r = new Random(seed);
        List<IndexedWork> out = new ArrayList<>(SIZE);
        for (int i = 0; i < SIZE; i++) {
            out.add(work(r, i + 1));
        }
        return out;
    }

    /** The unique title of work {@code id}. */
    static String title(long id) {
        int k = (int) id - 1;
        return ADJECTIVES.get(k % ADJECTIVES.size()) + " "
                + NOUNS.get((k / ADJECTIVES.size()) % NOUNS.size());
    }

    /** The sentence only work {@code id} has: its id written in signature words. */
    static String signature(long id) {
        int n = SIGNATURE.size();
        int k = (int) id;
        return "the " + SIGNATURE.get(k % n) + " " + SIGNATURE.get((k / n) % n) + " "
                + SIGNATURE.get((k / n / n) % n)
                + " " + SIGNATURE.get((k / n / n / n) % n);
    }

    private static IndexedWork work(Random r, long id) {
        List<Fandom> fandoms = new ArrayList<>(List.of(pick(r, FANDOMS)));
        if (r.nextInt(10) == 0) {
            Fandom other = pick(r, FANDOMS);
            if (!other.equals(fandoms.get(0))) {
                fandoms.add(other);
            }
        }
        Set<String> characters = new LinkedHashSet<>();
        for (Fandom f : fandoms) {
            characters.add(pick(r, f.characters()));
            characters.add(pick(r, f.characters()));
        }
        List<String> chars = List.copyOf(characters);
        List<String> relationships = new ArrayList<>();
        if (chars.size() >= 2 && r.nextInt(3) > 0) {
            relationships.add(pairing(chars.get(0), chars.get(1), r.nextInt(4) == 0 ? " & " : "/"));
        }
        List<String> chapters = chapters(r, id, chars);
        int words = 0;
        for (String c : chapters) {
            words += c.split("\\s+").length;
        }
        return new IndexedWork(id, title(id), List.of(author(r)), "A story about " + chars.get(0) + ".",
                r.nextInt(4) == 0 ? List.of("Thanks to my beta.") : List.of(),
                fandoms.stream().map(Fandom::name).toList(), chars, relationships, some(r, FREEFORMS),
                pick(r, RATINGS), List.of(pick(r, WARNINGS)),
                List.of(relationships.isEmpty() ? "Gen" : "M/M"),
                r.nextInt(8) == 0 ? "de" : "en", words, r.nextInt(5) == 0 ? null : r.nextBoolean(),
                EPOCH.plusSeconds(3600L * r.nextInt(24 * 365)), chapters);
    }

    private static String pairing(String a, String b, String sep) {
        return a.compareTo(b) < 0 ? a + sep + b : b + sep + a;
    }

    private static List<String> chapters(Random r, long id, List<String> chars) {
        int n = 1 + r.nextInt(3);
        int signatureAt = r.nextInt(n);
        List<String> out = new ArrayList<>(n);
        for (int c = 0; c < n; c++) {
            StringBuilder text = new StringBuilder();
            int sentences = 4 + r.nextInt(30);
            for (int s = 0; s < sentences; s++) {
                if (c == signatureAt && s == sentences / 2) {
                    text.append(' ').append(signature(id)).append('.');
                }
                text.append(' ').append(sentence(r, chars));
            }
            out.add(text.toString().strip());
        }
        return out;
    }

    private static String sentence(Random r, List<String> chars) {
        StringBuilder s = new StringBuilder(pick(r, chars));
        int len = 4 + r.nextInt(10);
        for (int w = 0; w < len; w++) {
            s.append(' ').append(pick(r, VOCABULARY));
        }
        return s.append('.').toString();
    }

    private static String author(Random r) {
        return pick(r,
                List.of("Quillon", "Marrow", "sable_knight", "Ostrea", "Zo\u00EB Wren", "Tin Orchard"));
    }

    private static List<String> some(Random r, List<String> from) {
        List<String> out = new ArrayList<>();
        for (String s : from) {
            if (r.nextInt(4) == 0) {
                out.add(s);
            }
        }
        return out;
    }

    private static <T> T pick(Random r, List<T> from) {
        return from.get(r.nextInt(from.size()));
    }
}
