package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.jspecify.annotations.Nullable;

/**
 * Tells the language of a text: by its script when the script names one language (Greek,
 * Hebrew, Thai, Hangul, kana, Han...), otherwise by counting the frequent words of each
 * language ({@code language-words.tsv}) in a sample of the text (its start and its middle).
 */
public final class LanguageDetector {
    static final int HEAD_SAMPLE = 20_000;
    static final int MIDDLE_SAMPLE = 10_000;
    private static final int MIN_EVIDENCE = 3;
    private static final Profiles PROFILES = Profiles.load();
    private static final WordTable<int[]> WORDS = new WordTable<>(PROFILES.languagesByWord());

    private LanguageDetector() {
    }

    /**
     * A detected language.
     *
     * @param code ISO 639-1, null when the text does not tell
     * @param confidence 0..1
     * @param evidence what decided, for the record's {@code fields.language}
     */
    public record Detection(@Nullable String code, double confidence, List<String> evidence) {
        public Detection {
            evidence = List.copyOf(evidence);
        }
    }

    /** The language of a body document, from a sample of its paragraphs. */
    public static Detection detect(Document body) {
        return detect(sample(body));
    }

    /** The language of a text (all of it: sample first for long texts). */
    public static Detection detect(CharSequence text) {
        ScriptCounts scripts = ScriptCounts.of(text);
        if (scripts.total() == 0) {
            return new Detection(null, 0.0, List.of("no letters in the body"));
        }
        Character.UnicodeScript main = scripts.main();
        String byScript = PROFILES.scriptLanguage(main, scripts, text);
        double share = scripts.share(main);
        String scriptNote = "script " + main.name() + " " + Math.round(share * 100) + "%";
        if (byScript != null) {
            return new Detection(byScript, round(share), List.of(scriptNote));
        }
        return byWords(text, scriptNote);
    }

    private static Detection byWords(CharSequence text, String scriptNote) {
        double[] scores = new double[PROFILES.codes().size()];
        int words = PROFILES.score(text, scores);
        Integer[] order = new Integer[scores.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Double.compare(scores[b], scores[a]));
        double top = scores[order[0]];
        String evidence = "frequent words in a sample of " + words + " words: " + ranking(scores, order);
        if (top < MIN_EVIDENCE) {
            return new Detection(null, 0.0, List.of(scriptNote, evidence));
        }
        double second = order.length > 1 ? scores[order[1]] : 0.0;
        double margin = (top - second) / top;
        double coverage = Math.min(1.0, top / 30.0);
        double confidence = round(coverage * (0.5 + 0.5 * margin));
        return new Detection(PROFILES.codes().get(order[0]), confidence, List.of(scriptNote, evidence));
    }

    private static String ranking(double[] scores, Integer[] order) {
        StringBuilder out = new StringBuilder();
        for (int k = 0; k < Math.min(3, order.length); k++) {
            if (k > 0) {
                out.append(", ");
            }
            out.append(PROFILES.codes().get(order[k])).append(' ')
                    .append(String.format(Locale.ROOT, "%.1f", scores[order[k]]));
        }
        return out.toString();
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** The first {@link #HEAD_SAMPLE} characters of the body plus some from its middle. */
    static String sample(Document body) {
        List<Paragraph> paragraphs = new ArrayList<>();
        for (Chapter chapter : body.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Paragraph p) {
                    paragraphs.add(p);
                }
            }
        }
        StringBuilder out = new StringBuilder();
        int next = append(paragraphs, 0, out, HEAD_SAMPLE);
        int middle = Math.max(next, paragraphs.size() / 2);
        append(paragraphs, middle, out, HEAD_SAMPLE + MIDDLE_SAMPLE);
        return out.toString();
    }

    private static int append(List<Paragraph> paragraphs, int from, StringBuilder out, int limit) {
        int i = from;
        while (i < paragraphs.size() && out.length() < limit) {
            String text = paragraphs.get(i).text();
            out.append(text, 0, Math.min(text.length(), limit - out.length())).append('\n');
            i++;
        }
        return i;
    }

    /** The letters of a text counted by script. */
    record ScriptCounts(Map<Character.UnicodeScript, Integer> counts, int total) {
        private static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

        static ScriptCounts of(CharSequence text) {
            int[] byScript = new int[SCRIPTS.length];
            int latin = 0;
            int total = 0;
            for (int i = 0; i < text.length();) {
                int cp = Character.codePointAt(text, i);
                i += Character.charCount(cp);
                if (cp < 0x80) {
                    if ((cp | 0x20) >= 'a' && (cp | 0x20) <= 'z') {
                        latin++;
                        total++;
                    }
                } else if (Character.isLetter(cp)) {
                    byScript[Character.UnicodeScript.of(cp).ordinal()]++;
                    total++;
                }
            }
            byScript[Character.UnicodeScript.LATIN.ordinal()] += latin;
            Map<Character.UnicodeScript, Integer> counts = new EnumMap<>(Character.UnicodeScript.class);
            for (int k = 0; k < byScript.length; k++) {
                if (byScript[k] > 0 || k == Character.UnicodeScript.LATIN.ordinal()) {
                    counts.put(SCRIPTS[k], byScript[k]);
                }
            }
            return new ScriptCounts(counts, total);
        }

        int count(Character.UnicodeScript script) {
            return counts.getOrDefault(script, 0);
        }

        double share(Character.UnicodeScript script) {
            return total == 0 ? 0.0 : count(script) / (double) total;
        }

        /** The script of most letters; Han and kana count together as one. */
        Character.UnicodeScript main() {
            Character.UnicodeScript best = Character.UnicodeScript.LATIN;
            int bestCount = -1;
            for (Map.Entry<Character.UnicodeScript, Integer> e : counts.entrySet()) {
                int c = e.getValue();
                if (e.getKey() == Character.UnicodeScript.HAN) {
                    c += count(Character.UnicodeScript.HIRAGANA) + count(Character.UnicodeScript.KATAKANA);
                }
                if (c > bestCount) {
                    best = e.getKey();
                    bestCount = c;
                }
            }
            return best;
        }
    }

    /** The data: frequent-word profiles and the scripts that name a language. */
    record Profiles(List<String> codes, Map<String, int[]> languagesByWord,
            Map<Character.UnicodeScript, String> byScript) {

        static Profiles load() {
            List<String> codes = new ArrayList<>();
            Map<String, List<Integer>> byWord = new HashMap<>();
            for (String[] row : RecordAssemblyData.rows("language-words.tsv")) {
                int index = codes.size();
                codes.add(row[0]);
                for (String word : row[1].split(" +")) {
                    List<Integer> langs = byWord.computeIfAbsent(word.toLowerCase(Locale.ROOT),
                            w -> new ArrayList<>());
                    if (!langs.contains(index)) {
                        langs.add(index);
                    }
                }
            }
            Map<String, int[]> languages = new HashMap<>();
            byWord.forEach((w, l) -> languages.put(w, l.stream().mapToInt(Integer::intValue).toArray()));
            Map<Character.UnicodeScript, String> scripts = new EnumMap<>(Character.UnicodeScript.class);
            for (String[] row : RecordAssemblyData.rows("language-scripts.tsv")) {
                scripts.put(Character.UnicodeScript.valueOf(row[0]), row[1]);
            }
            return new Profiles(List.copyOf(codes), Map.copyOf(languages), scripts);
        }

        /** The language a script names by itself, or null for Latin, Cyrillic and the like. */
        @Nullable
        String scriptLanguage(Character.UnicodeScript main, ScriptCounts scripts, CharSequence text) {
            String code = byScript.get(main);
            if (code == null) {
                return null;
            }
            if (main == Character.UnicodeScript.HAN) {
                int kana = scripts.count(Character.UnicodeScript.HIRAGANA)
                        + scripts.count(Character.UnicodeScript.KATAKANA);
                return kana * 20 > scripts.count(main)
                        ? byScript.get(Character.UnicodeScript.HIRAGANA)
                        : code;
            }
            if (main == Character.UnicodeScript.ARABIC && hasPersianLetters(text)) {
                return "fa";
            }
            return code;
        }

        private static boolean hasPersianLetters(CharSequence text) {
            int n = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (c == '\u067E' || c == '\u0686' || c == '\u0698' || c == '\u06AF') {
                    n++;
                }
            }
            return n >= 3;
        }

        private WordTable<int[]> table() {
            return this == PROFILES ? WORDS : new WordTable<>(languagesByWord);
        }

        /** Adds each language's frequent-word score to {@code scores}; returns the words seen. */
        int score(CharSequence text, double[] scores) {
            WordTable<int[]> table = table();
            char[] word = new char[table.longest() + 1];
            int length = 0;
            int words = 0;
            int n = text.length();
            for (int i = 0; i <= n; i++) {
                char c = i < n ? text.charAt(i) : ' ';
                if (c < 0x80 ? (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') : Character.isLetter(c)) {
                    if (length < word.length) {
                        word[length] = c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c);
                    }
                    length++;
                    continue;
                }
                if (length > 0) {
                    words++;
                    int[] langs = table.get(word, length);
                    if (langs != null) {
                        for (int l : langs) {
                            scores[l] += 1.0 / langs.length;
                        }
                    }
                    length = 0;
                }
            }
            return words;
        }
    }
}
