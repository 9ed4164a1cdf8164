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
 * language ({@code language-words.tsv}). A body is read from a bounded sample, so a novel
 * costs no more than a short story: its opening {@link #OPENING} chars plus {@link #WINDOWS}
 * windows of up to {@link #WINDOW} chars each, starting at paragraphs evenly spaced over the
 * rest of the body. Letters are counted by script and frequent words scored in one pass.
 */
public final class LanguageDetector {
    /** Chars read from the start of a body. */
    static final int OPENING = 2_000;
    /** Windows read from evenly spaced paragraphs after the opening. */
    static final int WINDOWS = 6;
    /** Chars read per window (whole paragraphs, the last one cut). */
    static final int WINDOW = 400;
    /** The most chars a body's sample holds, not counting the newlines between paragraphs. */
    static final int SAMPLE = OPENING + WINDOWS * WINDOW;
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
        Reading reading = Reading.of(text);
        ScriptCounts scripts = reading.scripts();
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
        return byWords(reading, scriptNote);
    }

    private static Detection byWords(Reading reading, String scriptNote) {
        double[] scores = reading.scores();
        int words = reading.words();
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
                    .append(Math.round(scores[order[k]] * 10) / 10.0);
        }
        return out.toString();
    }

    private static double round(double d) {
        return Math.round(d * 100) / 100.0;
    }

    /** The sample of a body (see the class comment): its paragraphs' text, one per line. */
    static String sample(Document body) {
        int blocks = 0;
        for (Chapter chapter : body.chapters()) {
            blocks += chapter.blocks().size();
        }
        List<Paragraph> paragraphs = new ArrayList<>(blocks);
        for (Chapter chapter : body.chapters()) {
            for (Block block : chapter.blocks()) {
                if (block instanceof Paragraph p) {
                    paragraphs.add(p);
                }
            }
        }
        StringBuilder out = new StringBuilder(SAMPLE + 64);
        int next = append(paragraphs, 0, out, OPENING);
        int rest = paragraphs.size() - next;
        for (int w = 0; w < WINDOWS && next < paragraphs.size(); w++) {
            int from = Math.max(next, paragraphs.size() - rest + (int) ((long) rest * w / WINDOWS));
            next = append(paragraphs, from, out, WINDOW);
        }
        return out.toString();
    }

    /** Appends paragraphs from {@code from} until {@code chars} more are read; returns the next one. */
    private static int append(List<Paragraph> paragraphs, int from, StringBuilder out, int chars) {
        int i = from;
        int read = 0;
        while (i < paragraphs.size() && read < chars) {
            String text = paragraphs.get(i).text();
            int take = Math.min(text.length(), chars - read);
            out.append(text, 0, take).append('\n');
            read += take;
            i++;
        }
        return i;
    }

    /** One pass over a text: its letters by script and, for each language, its frequent-word score. */
    record Reading(ScriptCounts scripts, double[] scores, int words) {
        /** The script of each BMP char, as an ordinal of {@link Character.UnicodeScript}. */
        private static final byte[] SCRIPT_OF = scriptTable();

        static Reading of(CharSequence text) {
            char[] chars = text.toString().toCharArray();
            int n = chars.length;
            int[] byScript = new int[ScriptCounts.SCRIPTS.length];
            double[] scores = new double[PROFILES.codes().size()];
            WordTable<int[]> table = WORDS;
            char[] word = new char[table.longest() + 1];
            int latin = 0;
            int total = 0;
            int length = 0;
            int hash = 0;
            int words = 0;
            for (int i = 0; i <= n; i++) {
                char c = i < n ? chars[i] : ' ';
                boolean letter;
                if (c < 0x80) {
                    letter = (c | 0x20) >= 'a' && (c | 0x20) <= 'z';
                    latin += letter ? 1 : 0;
                } else if (Character.isSurrogate(c)) {
                    letter = false; // no frequent word holds one; its code point still counts by script
                    int cp = Character.codePointAt(chars, i, n);
                    if (Character.isSupplementaryCodePoint(cp) && Character.isLetter(cp)) {
                        byScript[Character.UnicodeScript.of(cp).ordinal()]++;
                        total++;
                        i++;
                    }
                } else {
                    letter = Character.isLetter(c);
                    if (letter) {
                        byScript[SCRIPT_OF[c] & 0xFF]++;
                        total++;
                    }
                }
                if (letter) {
                    if (length < word.length) {
                        char lower = c < 0x80 ? (char) (c | 0x20) : Character.toLowerCase(c);
                        word[length] = lower;
                        hash = WordTable.hashStep(hash, lower);
                    }
                    length++;
                } else if (length > 0) {
                    words++;
                    int[] langs = table.get(word, length, hash);
                    if (langs != null) {
                        for (int l : langs) {
                            scores[l] += 1.0 / langs.length;
                        }
                    }
                    length = 0;
                    hash = 0;
                }
            }
            byScript[Character.UnicodeScript.LATIN.ordinal()] += latin;
            return new Reading(ScriptCounts.of(byScript, total + latin), scores, words);
        }

        private static byte[] scriptTable() {
            byte[] table = new byte[1 << 16];
            for (int c = 0; c <= 0xFFFF; c++) {
                table[c] = (byte) Character.UnicodeScript.of(c).ordinal();
            }
            return table;
        }
    }

    /** The letters of a text counted by script. */
    record ScriptCounts(Map<Character.UnicodeScript, Integer> counts, int total) {
        static final Character.UnicodeScript[] SCRIPTS = Character.UnicodeScript.values();

        static ScriptCounts of(CharSequence text) {
            return Reading.of(text).scripts();
        }

        static ScriptCounts of(int[] byScript, int total) {
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
    }
}
