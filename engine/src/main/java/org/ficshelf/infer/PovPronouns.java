package org.ficshelf.infer;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/** Per language, which words are first-, second- and third-person pronouns ({@code pov-pronouns.tsv}). */
final class PovPronouns {
    static final int FIRST = 0;
    static final int SECOND = 1;
    static final int THIRD = 2;
    private static final String FALLBACK = "en";
    private static final Map<String, Map<String, Integer>> BY_LANGUAGE = load();

    private PovPronouns() {
    }

    /** Word → person for a language; English for a language the data lacks. */
    static Map<String, Integer> of(@org.jspecify.annotations.Nullable String language) {
        Map<String, Integer> words = language == null ? null : BY_LANGUAGE.get(language);
        return words != null ? words : BY_LANGUAGE.get(FALLBACK);
    }

    private static Map<String, Map<String, Integer>> load() {
        Map<String, Map<String, Integer>> byLanguage = new HashMap<>();
        for (String[] row : RecordAssemblyData.rows("pov-pronouns.tsv")) {
            int person = switch (row[1]) {
                case "first" -> FIRST;
                case "second" -> SECOND;
                case "third" -> THIRD;
                default -> throw new IllegalStateException("pov-pronouns.tsv: unknown person " + row[1]);
            };
            Map<String, Integer> words = byLanguage.computeIfAbsent(row[0], k -> new HashMap<>());
            for (String w : row[2].split(" +")) {
                words.putIfAbsent(w.toLowerCase(Locale.ROOT), person);
            }
        }
        Map<String, Map<String, Integer>> frozen = new HashMap<>();
        byLanguage.forEach((k, v) -> frozen.put(k, Map.copyOf(v)));
        return Map.copyOf(frozen);
    }
}
