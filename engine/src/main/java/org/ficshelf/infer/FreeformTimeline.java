package org.ficshelf.infer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;

/**
 * Reads setting, timeline and POV statements by rule: "Set S7" and "season seven" become
 * {@code Season/Series 07}, "post-season 3" {@code Post-Season/Series 03}, "Season 6
 * spoilers" {@code Season/Series 06 Spoilers}, "post-Chosen" and "set after Seeing Red"
 * {@code Post-Chosen} / {@code Post-Seeing Red} (then canonicalised through the tag synonyms),
 * "Spike's POV" {@code POV Spike}.
 */
final class FreeformTimeline {
    private static final Map<String, Integer> NUMBERS = Map.ofEntries(Map.entry("one", 1),
            Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));
    private static final List<String> NOT_NAMES = List.of("first", "second", "third", "multiple",
            "alternating",
            "the", "his", "her", "my", "their", "whose", "one", "a", "mixed", "various", "different",
            "outsider",
            "character", "rotating", "changing", "shifting");

    private FreeformTimeline() {
    }

    /**
     * Calls {@code found} with each tag read from {@code text} and its confidence.
     *
     * @param spoilers whether the text is a spoiler statement (a season named there is a spoiler)
     * @param setting whether the text is a setting statement ("after X" then means post-X)
     */
    static void read(String text, boolean spoilers, boolean setting, BiConsumer<String, Double> found) {
        List<String> words = CueLexicon.words(text);
        boolean spoilerWord = spoilers || text.toLowerCase(Locale.ROOT).contains("spoiler");
        for (int i = 0; i < words.size(); i++) {
            String lower = words.get(i).toLowerCase(Locale.ROOT);
            int season = season(words, i);
            if (season > 0) {
                found.accept(seasonTag(words, i, season, spoilerWord), 0.85);
            } else if ((lower.equals("post") || (setting && lower.equals("after")))
                    && !isSeasonAt(words, i + 1)) {
                String title = capitalisedRun(words, i + 1);
                if (!title.isEmpty()) {
                    found.accept("Post-" + title, lower.equals("post") ? 0.8 : 0.5);
                }
            } else if (lower.equals("pov") || isPointOfView(words, i)) {
                pov(words, i, found);
            }
        }
    }

    private static String seasonTag(List<String> words, int i, int season, boolean spoilers) {
        String number = String.format(Locale.ROOT, "Season/Series %02d", season);
        String before = i > 0 ? words.get(i - 1).toLowerCase(Locale.ROOT) : "";
        if (before.equals("post") || before.equals("after")) {
            return "Post-" + number;
        }
        if (before.equals("pre") || before.equals("before")) {
            return "Pre-" + number;
        }
        return spoilers ? number + " Spoilers" : number;
    }

    /** The season number of "season 6", "series six" or "S6" at {@code i}, or 0. */
    private static int season(List<String> words, int i) {
        String lower = words.get(i).toLowerCase(Locale.ROOT);
        if ((lower.equals("season") || lower.equals("series")) && i + 1 < words.size()) {
            return number(words.get(i + 1).toLowerCase(Locale.ROOT));
        }
        if (lower.length() >= 2 && lower.length() <= 3 && lower.charAt(0) == 's') {
            return number(lower.substring(1));
        }
        return 0;
    }

    private static boolean isSeasonAt(List<String> words, int i) {
        return i < words.size() && season(words, i) > 0;
    }

    private static int number(String word) {
        Integer named = NUMBERS.get(word);
        if (named != null) {
            return named;
        }
        if (word.isEmpty() || word.length() > 2 || !word.chars().allMatch(Character::isDigit)) {
            return 0;
        }
        int n = Integer.parseInt(word);
        return n >= 1 && n <= 30 ? n : 0;
    }

    private static String capitalisedRun(List<String> words, int from) {
        StringBuilder run = new StringBuilder();
        for (int i = from; i < words.size() && i < from + 4; i++) {
            String word = words.get(i);
            if (!Character.isUpperCase(word.charAt(0))) {
                break;
            }
            run.append(run.length() > 0 ? " " : "").append(word);
        }
        return run.toString();
    }

    private static boolean isPointOfView(List<String> words, int i) {
        return i + 2 < words.size() && words.get(i).equalsIgnoreCase("point")
                && words.get(i + 1).equalsIgnoreCase("of")
                && words.get(i + 2).equalsIgnoreCase("view");
    }

    private static void pov(List<String> words, int i, BiConsumer<String, Double> found) {
        String name = i > 0 ? words.get(i - 1) : "";
        if (name.isEmpty() || !Character.isUpperCase(name.charAt(0))
                || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            int after = words.get(i).equalsIgnoreCase("pov") ? i + 1 : i + 3;
            name = capitalisedRun(words, after);
            if (name.isEmpty() || NOT_NAMES.contains(name.toLowerCase(Locale.ROOT).split(" ")[0])) {
                return;
            }
        } else if (i > 1 && Character.isUpperCase(words.get(i - 2).charAt(0))
                && !NOT_NAMES.contains(words.get(i - 2).toLowerCase(Locale.ROOT))) {
            name = words.get(i - 2) + " " + name;
        }
        found.accept("POV " + name, 0.7);
    }
}
