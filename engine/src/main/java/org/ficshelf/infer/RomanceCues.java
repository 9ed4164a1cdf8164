package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The romance cues of {@code romance-cues.tsv}: trigger words, weighted cue patterns by group,
 * and the contexts that make a cue platonic ("kissed her forehead", "love you, man", "never
 * kissed"). Loaded once, lazily; immutable afterwards, so thread-safe.
 */
final class RomanceCues {
    /** How far before a cue its "before" pattern is looked for, and after it its "after" one. */
    private static final int BEFORE_REACH = 40;
    private static final int AFTER_REACH = 60;

    /** A cue found in a paragraph: its group, weight and matched text. */
    record Found(String group, double weight, String text) {
    }

    private record Group(String name, double weight, WordStartPattern cue, List<Pattern> after,
            List<Pattern> before) {
    }

    private final Set<String> words;
    private final int longestWord;
    private final List<Group> groups;
    private final Map<String, List<WordStartPattern>> contexts;

    private RomanceCues(List<String[]> rows) {
        Set<String> triggers = new LinkedHashSet<>();
        Map<String, String[]> cues = new LinkedHashMap<>();
        Map<String, List<Pattern>> after = new HashMap<>();
        Map<String, List<Pattern>> before = new HashMap<>();
        Map<String, List<WordStartPattern>> context = new HashMap<>();
        for (String[] row : rows) {
            switch (row[0].strip()) {
                case "word" -> triggers.addAll(List.of(row[1].strip().split("\\s+")));
                case "cue" -> cues.put(row[1].strip(), new String[]{row[2].strip(), row[3].strip()});
                case "after" -> addTo(after, row[1], Pattern.compile(
                        "^[\\s,'\u2019\"]*(?:too[\\s,!]+)?(?:[\\w'\u2019]+[\\s,]+){0,"
                                + Integer.parseInt(row[2].strip()) + "}?(?:" + apostrophes(row[3].strip())
                                + ")(?![\\w])",
                        Pattern.CASE_INSENSITIVE));
                case "before" -> addTo(before, row[1], Pattern.compile("(?<![\\w'\u2019])(?:"
                        + apostrophes(row[2].strip()) + ")[\\s,]+(?:[\\w'\u2019]+[\\s,]+)?$",
                        Pattern.CASE_INSENSITIVE));
                case "context" -> addTo(context, row[1], WordStartPattern.words(apostrophes(row[2].strip())));
                default -> throw new IllegalStateException("romance-cues.tsv: unknown row " + row[0]);
            }
        }
        List<Group> list = new ArrayList<>();
        cues.forEach((name, c) -> list.add(new Group(name, Double.parseDouble(c[0]),
                WordStartPattern.words(apostrophes(c[1])),
                List.copyOf(after.getOrDefault(name, List.of())),
                List.copyOf(before.getOrDefault(name, List.of())))));
        this.words = Set.copyOf(triggers);
        this.longestWord = triggers.stream().mapToInt(String::length).max().orElse(0);
        this.groups = List.copyOf(list);
        this.contexts = Map.copyOf(context);
    }

    /** Adds {@code p} under each of the comma-separated group names. */
    private static <T> void addTo(Map<String, List<T>> map, String groups, T p) {
        for (String g : groups.strip().split(",")) {
            map.computeIfAbsent(g.strip(), k -> new ArrayList<>()).add(p);
        }
    }

    private static String apostrophes(String pattern) {
        return pattern.replace("'", "['\u2019]");
    }

    /** The cues from the bundled data file. */
    static RomanceCues get() {
        return Holder.INSTANCE;
    }

    /** The trigger words, lower case. */
    Set<String> words() {
        return words;
    }

    /** Whether the region {@code [start, end)} of {@code text} is a trigger word (any case). */
    boolean isWord(CharSequence text, int start, int end) {
        if (end - start > longestWord || end - start < 3) {
            return false;
        }
        return words.contains(text.subSequence(start, end).toString().toLowerCase(Locale.ROOT));
    }

    /** The romantic cues of a paragraph, one (the first) per group. */
    List<Found> find(String paragraph) {
        List<Found> out = new ArrayList<>();
        for (Group g : groups) {
            Matcher m = g.cue().matcher(paragraph);
            int from = 0;
            while (g.cue().find(m, paragraph, from)) {
                from = m.end();
                if (!excluded(g, paragraph, m.start(), m.end())) {
                    if (!platonicContext(g.name(), paragraph)) {
                        out.add(new Found(g.name(), g.weight(), m.group()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    private boolean platonicContext(String group, String paragraph) {
        for (WordStartPattern p : contexts.getOrDefault(group, List.of())) {
            if (p.in(paragraph)) {
                return true;
            }
        }
        return false;
    }

    private static boolean excluded(Group g, String text, int start, int end) {
        if (!g.after().isEmpty()) {
            String rest = sentenceAfter(text, end);
            for (Pattern p : g.after()) {
                if (p.matcher(rest).lookingAt()) {
                    return true;
                }
            }
        }
        if (!g.before().isEmpty()) {
            String lead = sentenceBefore(text, start);
            for (Pattern p : g.before()) {
                if (p.matcher(lead).find()) {
                    return true;
                }
            }
        }
        return false;
    }

    private static String sentenceAfter(String text, int from) {
        int to = Math.min(text.length(), from + AFTER_REACH);
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';') {
                return text.substring(from, i);
            }
        }
        return text.substring(from, to);
    }

    private static String sentenceBefore(String text, int to) {
        int from = Math.max(0, to - BEFORE_REACH);
        for (int i = to - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == '!' || c == '?' || c == ';' || c == '"' || c == '\u201c') {
                return text.substring(i + 1, to);
            }
        }
        return text.substring(from, to);
    }

    private static final class Holder {
        static final RomanceCues INSTANCE = new RomanceCues(CueFiles.rows("romance-cues.tsv"));
    }
}
