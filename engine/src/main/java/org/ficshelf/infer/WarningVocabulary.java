package org.ficshelf.infer;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * AO3's archive warnings ({@code warning-vocabulary.tsv}, keyed so that a renamed warning is a
 * one-line data change) and what authors write for them ({@code warning-synonyms.tsv}).
 * Loaded once, lazily; immutable afterwards.
 */
final class WarningVocabulary {
    static final String CHOSE_NOT = "chose-not";
    static final String NONE = "none";
    static final String VIOLENCE = "violence";
    static final String DEATH = "death";
    static final String NON_CON = "non-con";
    static final String UNDERAGE = "underage";
    static final String TAG_PREFIX = "tag:";
    static final String SKIP = "skip";

    private final Map<String, String> names = new LinkedHashMap<>();
    private final Map<String, String> synonyms = new HashMap<>();
    private final CueVocabulary vocabulary = new CueVocabulary();
    private final CueTrie<String> phrases = new CueTrie<>();

    private WarningVocabulary() {
        for (String[] row : CueFiles.rows("warning-vocabulary.tsv")) {
            names.put(row[0].strip(), row[1].strip());
        }
        for (String[] row : CueFiles.rows("warning-synonyms.tsv")) {
            String phrase = normalize(row[0]);
            String target = row[1].strip();
            synonyms.putIfAbsent(phrase, target);
            phrases.put(CueLexicon.phraseIds(phrase, vocabulary), target);
        }
    }

    static WarningVocabulary get() {
        return Holder.INSTANCE;
    }

    /** The AO3 name of a warning key. */
    String name(String key) {
        String name = names.get(key);
        if (name == null) {
            throw new IllegalArgumentException("no archive warning with key " + key);
        }
        return name;
    }

    /** What a whole item means (a key, "tag:Name" or "skip"), or null when not listed. */
    @Nullable
    String whole(String item) {
        return synonyms.get(normalize(item));
    }

    CueVocabulary vocabulary() {
        return vocabulary;
    }

    CueTrie<String> phrases() {
        return phrases;
    }

    /** Lower case, inner whitespace collapsed, surrounding punctuation and spaces trimmed. */
    static String normalize(String text) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\u2019', '\'');
        StringBuilder out = new StringBuilder(lower.length());
        for (String part : lower.trim().split("\\s+")) {
            if (!part.isEmpty()) {
                out.append(out.length() > 0 ? " " : "").append(part);
            }
        }
        int start = 0;
        int end = out.length();
        while (start < end && isTrimmed(out.charAt(start))) {
            start++;
        }
        while (end > start && isTrimmed(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end);
    }

    private static boolean isTrimmed(char c) {
        return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '-'
                || c == '(' || c == ')' || c == '"' || c == '*';
    }

    private static final class Holder {
        static final WarningVocabulary INSTANCE = new WarningVocabulary();
    }
}
