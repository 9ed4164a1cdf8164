package org.ficshelf.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;

/**
 * The fixed, seeded query mix, built from what the corpus holds so that hits are never empty:
 * keywords and adjective-noun phrases counted in a sample of its story files, fandoms and
 * characters read from the ground truth beside them.
 */
final class QueryMix {
    static final int KEYWORDS = 12;
    static final int PHRASES = 8;
    static final int TAGGED = 8;
    static final int FACETED = 6;
    static final int SORTED = 6;
    static final int DEEP = 4;
    static final int DEEP_PAGE = 50;
    private static final int SAMPLE_FILES = 60;
    private static final int TRUTH_FILES = 400;
    /** Words the standard and English analyzers drop, and words of markup and mail chrome. */
    private static final Set<String> AVOID = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by",
            "for",
            "if", "in", "into", "is", "it", "no", "not", "of", "on", "or", "such", "that", "the", "their",
            "then", "there", "these", "they", "this", "to", "was", "will", "with", "table", "message", "note",
            "name", "file", "title", "body", "head", "center", "home", "back", "number");

    private QueryMix() {
    }

    static List<BenchQuery> build(Corpus corpus, WordModel model, long seed) throws IOException {
        List<Path> sample = corpus.firstStories(Math.max(SAMPLE_FILES, TRUTH_FILES));
        Map<String, Integer> counts = new HashMap<>();
        Map<String, Integer> pairs = new HashMap<>();
        Set<String> adjectives = vocabulary(model, "adj");
        Set<String> content = new HashSet<>(adjectives);
        content.addAll(vocabulary(model, "noun"));
        content.addAll(vocabulary(model, "verb"));
        Set<String> nouns = vocabulary(model, "noun");
        for (Path p : sample.subList(0, Math.min(SAMPLE_FILES, sample.size()))) {
            count(Corpus.rawText(Files.readAllBytes(p)), content, adjectives, nouns, counts, pairs);
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<String> keywords = pick(sortedByCount(counts, 3), KEYWORDS + TAGGED + FACETED + SORTED, random);
        List<String> phrases = pick(sortedByCount(pairs, 2), PHRASES, random);
        List<String> common = sortedByCount(counts, 1).subList(0, Math.min(DEEP, counts.size()));
        Map<String, List<String>> casts = casts(sample);
        List<String> fandoms = new ArrayList<>(casts.keySet());

        List<BenchQuery> mix = new ArrayList<>();
        int k = 0;
        for (int i = 0; i < KEYWORDS && k < keywords.size(); i++) {
            mix.add(new BenchQuery(BenchQuery.Kind.KEYWORD, List.of(keywords.get(k++)), null, null, 1));
        }
        for (String pair : phrases) {
            mix.add(new BenchQuery(BenchQuery.Kind.PHRASE, List.of(pair.split(" ")), null, null, 1));
        }
        for (int i = 0; i < TAGGED && k < keywords.size() && !fandoms.isEmpty(); i++) {
            String fandom = fandoms.get(random.nextInt(fandoms.size()));
            List<String> cast = casts.get(fandom);
            mix.add(new BenchQuery(BenchQuery.Kind.TAGS, List.of(keywords.get(k++)), fandom,
                    cast.get(random.nextInt(cast.size())), 1));
        }
        for (int i = 0; i < FACETED && k < keywords.size(); i++) {
            mix.add(new BenchQuery(BenchQuery.Kind.FACETS, List.of(keywords.get(k++)), null, null, 1));
        }
        for (int i = 0; i < SORTED && k < keywords.size(); i++) {
            mix.add(new BenchQuery(BenchQuery.Kind.SORTED, List.of(keywords.get(k++)), null, null, 1));
        }
        for (String w : common) {
            mix.add(new BenchQuery(BenchQuery.Kind.DEEP_PAGE, List.of(w), null, null, DEEP_PAGE));
        }
        return mix;
    }

    private static Set<String> vocabulary(WordModel model, String category) {
        Set<String> out = new HashSet<>();
        for (String w : model.words(category)) {
            if (w.chars().allMatch(c -> c >= 'a' && c <= 'z') && w.length() > 2 && !AVOID.contains(w)) {
                out.add(w);
            }
        }
        return out;
    }

    /** Counts vocabulary words and adjective-noun pairs in {@code text}, lower-cased ASCII words. */
    private static void count(String text, Set<String> content, Set<String> adjectives, Set<String> nouns,
            Map<String, Integer> counts, Map<String, Integer> pairs) {
        String previous = "";
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (!isAsciiLetter(c)) {
                if (c != ' ') {
                    previous = ""; // a phrase does not span punctuation
                }
                i++;
                continue;
            }
            int start = i;
            while (i < n && isAsciiLetter(text.charAt(i))) {
                i++;
            }
            String word = text.substring(start, i).toLowerCase(Locale.ROOT);
            if (content.contains(word)) {
                counts.merge(word, 1, Integer::sum);
            }
            if (adjectives.contains(previous) && nouns.contains(word)) {
                pairs.merge(previous + " " + word, 1, Integer::sum);
            }
            previous = word;
        }
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /** Keys seen at least {@code min} times, most frequent first, ties by key (stable). */
    private static List<String> sortedByCount(Map<String, Integer> counts, int min) {
        List<Map.Entry<String, Integer>> entries = new ArrayList<>(new TreeMap<>(counts).entrySet());
        entries.removeIf(e -> e.getValue() < min);
        entries.sort(Map.Entry.<String, Integer>comparingByValue().reversed());
        return entries.stream().map(Map.Entry::getKey).toList();
    }

    /** {@code n} distinct keys drawn with the seeded random. */
    private static List<String> pick(List<String> ranked, int n, SplittableRandom random) {
        List<String> pool = new ArrayList<>(ranked);
        List<String> out = new ArrayList<>();
        while (out.size() < n && !pool.isEmpty()) {
            out.add(pool.remove(random.nextInt(pool.size())));
        }
        Collections.sort(out);
        return out;
    }

    /** Fandoms in the truth records of the sample, each with the characters it casts. */
    private static Map<String, List<String>> casts(List<Path> sample) throws IOException {
        Map<String, Set<String>> casts = new TreeMap<>();
        for (Path p : sample) {
            GeneratedWork.Truth t = Corpus.truth(p);
            casts.computeIfAbsent(t.fandom(), f -> new java.util.TreeSet<>()).addAll(t.characters());
        }
        Map<String, List<String>> out = new LinkedHashMap<>();
        casts.forEach((f, c) -> {
            if (!c.isEmpty()) {
                out.put(f, List.copyOf(c));
            }
        });
        return out;
    }
}
