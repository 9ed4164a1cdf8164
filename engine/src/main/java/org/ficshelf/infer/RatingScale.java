package org.ficshelf.infer;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.ficshelf.canon.Canon;
import org.jspecify.annotations.Nullable;

/**
 * Maps an author's rating words, on any legacy scale (MPAA, fanfiction.net, FRAO, BBFC,
 * fanfiktion.de, FSK, plain words), to AO3's ratings. A hedge counts: the highest rating the
 * words name wins ("PG-13, NC-17 in later parts" is Explicit, "probably not really an R" is
 * Mature). The scales are data: the bundled {@code rating-scales.tsv}, then any
 * {@code rating-scales*.tsv} in the archivist's canon folder (a row there adds a word or
 * replaces the bundled row of the same word).
 */
public final class RatingScale {
    private static final int MAX_PHRASE = 3;
    private static final int MAX_TOKENS = 400;
    private static final Map<String, Entry> TABLE = load(overrideDirs());

    private RatingScale() {
    }

    /** One scale word: the AO3 level it maps to and the scale it belongs to. */
    record Entry(int level, String scale) {
    }

    /**
     * What the stated words map to.
     *
     * @param rating the AO3 rating name
     * @param matched the author's words that named a rating, in order
     * @param hedged true when the words name more than one level, or say more than the rating
     */
    public record MappedRating(String rating, List<String> matched, boolean hedged) {
        public MappedRating {
            matched = List.copyOf(matched);
        }
    }

    /** The AO3 rating that {@code statedWords} name; empty when they name none. */
    public static Optional<MappedRating> map(String statedWords) {
        return map(statedWords, TABLE);
    }

    /** The same with a table of one's own (see {@link #load(List)}). */
    static Optional<MappedRating> map(String statedWords, Map<String, Entry> table) {
        List<RatingTokens.Token> tokens = RatingTokens.of(statedWords, MAX_TOKENS);
        int best = -1;
        int levels = 0;
        int lastLevel = -1;
        List<String> matched = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Match m = matchAt(table, tokens, i);
            if (m == null) {
                i++;
                continue;
            }
            matched.add(m.words());
            if (m.level() != lastLevel) {
                levels++;
                lastLevel = m.level();
            }
            best = Math.max(best, m.level());
            i += m.length();
        }
        if (best < 0) {
            return Optional.empty();
        }
        boolean hedged = levels > 1 || tokens.size() > matched.size();
        return Optional.of(new MappedRating(RatingVocabulary.get().name(best), matched, hedged));
    }

    private record Match(int level, int length, String words) {
    }

    /** The longest table entry starting at token {@code i}, or null. */
    private static @Nullable Match matchAt(Map<String, Entry> table, List<RatingTokens.Token> tokens, int i) {
        for (int n = Math.min(MAX_PHRASE, tokens.size() - i); n >= 1; n--) {
            Match m = phrase(table, tokens, i, n);
            if (m != null) {
                return m;
            }
        }
        return null;
    }

    private static @Nullable Match phrase(Map<String, Entry> table, List<RatingTokens.Token> tokens, int i,
            int n) {
        RatingTokens.Token first = tokens.get(i);
        if (n == 1) {
            if (first.pairingLetter()) {
                return null;
            }
            Entry e = lookupWord(table, first.norm());
            return e == null ? null : new Match(e.level(), 1, first.text());
        }
        StringBuilder spaced = new StringBuilder(first.norm().replace("-", ""));
        for (int k = 1; k < n; k++) {
            spaced.append(' ').append(tokens.get(i + k).norm().replace("-", ""));
        }
        String words = tokens.get(i).text() + " " + tokens.get(i + n - 1).text();
        Entry e = table.get(spaced.toString());
        if (e == null && n == 2 && startsWithDigit(tokens.get(i + 1).norm())) {
            e = lookupWord(table, first.norm() + tokens.get(i + 1).norm()); // "PG 13", "NC 17"
        }
        return e == null ? null : new Match(e.level(), n, words);
    }

    private static boolean startsWithDigit(String s) {
        return !s.isEmpty() && Character.isDigit(s.charAt(0));
    }

    /** A word of the table, trying off a trailing "ish" or "+", then its hyphenated parts. */
    private static @Nullable Entry lookupWord(Map<String, Entry> table, String norm) {
        Entry e = lookupSuffixed(table, norm.replace("-", ""));
        if (e != null || norm.indexOf('-') < 0) {
            return e;
        }
        Entry best = null;
        for (String part : norm.split("-")) {
            Entry p = lookupSuffixed(table, part);
            if (p != null && (best == null || p.level() > best.level())) {
                best = p;
            }
        }
        return best;
    }

    private static @Nullable Entry lookupSuffixed(Map<String, Entry> table, String word) {
        Entry e = table.get(word);
        if (e == null && word.endsWith("ish") && word.length() > 3) {
            e = table.get(word.substring(0, word.length() - 3));
        }
        if (e == null && word.endsWith("+") && word.length() > 1) {
            e = table.get(word.substring(0, word.length() - 1));
        }
        return e;
    }

    /** The bundled scales, then each folder's {@code rating-scales*.tsv} in name order. */
    static Map<String, Entry> load(List<Path> overrideDirs) {
        Map<String, Entry> table = new HashMap<>();
        put(table, RecordAssemblyData.rows("rating-scales.tsv"));
        for (Path dir : overrideDirs) {
            put(table, RecordAssemblyData.rows(dir, "rating-scales"));
        }
        return Map.copyOf(table);
    }

    private static void put(Map<String, Entry> table, List<String[]> rows) {
        RatingVocabulary vocabulary = RatingVocabulary.get();
        for (String[] row : rows) {
            if (row.length < 2) {
                continue;
            }
            String key = row[0].toLowerCase(Locale.ROOT).replace("-", ""); // as the words are matched
            table.put(key, new Entry(vocabulary.levelOfKey(row[1]), row.length > 2 ? row[2] : ""));
        }
    }

    private static List<Path> overrideDirs() {
        String dir = System.getProperty(Canon.DIR_PROPERTY);
        return dir == null || dir.isBlank() ? List.of() : List.of(Path.of(dir));
    }
}
