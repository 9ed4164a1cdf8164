package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/**
 * AO3's ratings in order, lowest ({@code Not Rated}) to highest ({@code Explicit}), read from
 * {@code rating-vocabulary.tsv}: each level has a stable key and the name AO3 currently uses.
 */
public final class RatingVocabulary {
    private static final RatingVocabulary INSTANCE = load();

    private final List<String> names;
    private final Map<String, Integer> levelByKey;
    private final Map<String, Integer> levelByName;

    private RatingVocabulary(List<String> names, Map<String, Integer> levelByKey,
            Map<String, Integer> levelByName) {
        this.names = List.copyOf(names);
        this.levelByKey = Map.copyOf(levelByKey);
        this.levelByName = Map.copyOf(levelByName);
    }

    /** The vocabulary of the data file, loaded once. */
    public static RatingVocabulary get() {
        return INSTANCE;
    }

    /** The AO3 names, lowest level first. */
    public List<String> names() {
        return names;
    }

    /** The AO3 name of a level (0 = not rated). */
    public String name(int level) {
        return names.get(level);
    }

    /** The level of an AO3 name (case-insensitive), if it is one. */
    public OptionalInt levelOfName(String name) {
        Integer level = levelByName.get(name.strip().toLowerCase(Locale.ROOT));
        return level == null ? OptionalInt.empty() : OptionalInt.of(level);
    }

    /** The level of a key of the data files ({@code general}, {@code teen}...). */
    int levelOfKey(String key) {
        Integer level = levelByKey.get(key);
        if (level == null) {
            throw new IllegalStateException("unknown rating level key " + key);
        }
        return level;
    }

    /** The level of {@code Not Rated}. */
    int notRated() {
        return 0;
    }

    private static RatingVocabulary load() {
        List<String> names = new ArrayList<>();
        Map<String, Integer> byKey = new HashMap<>();
        Map<String, Integer> byName = new HashMap<>();
        for (String[] row : RecordAssemblyData.rows("rating-vocabulary.tsv")) {
            byKey.put(row[0], names.size());
            byName.put(row[1].toLowerCase(Locale.ROOT), names.size());
            names.add(row[1]);
        }
        return new RatingVocabulary(names, byKey, byName);
    }
}
