package org.ficshelf;

import com.fasterxml.jackson.databind.JsonNode;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Compares a work record's JSON with a golden {@code expected.json}, with the dev corpus's label
 * semantics: a field that is absent is not checked; {@code null} and {@code []} must be exactly
 * that; names are sets compared case-insensitively; texts are compared after whitespace
 * normalisation; {@code wordsApprox} allows ±10 %; {@code problems} must all be reported.
 */
final class GoldenComparison {
    private static final Set<String> NAME_SETS = Set.of("authors", "fandoms", "characters", "relationships",
            "warnings", "categories", "tags");
    private static final Set<String> EXACT = Set.of("rating", "contentRating", "language", "pov", "complete");
    private static final Set<String> TEXTS = Set.of("title", "summary");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern FANDOM_SUFFIX = Pattern.compile("\\s*\\([^()]*\\)\\s*$");
    private static final Pattern NAME_PUNCTUATION = Pattern.compile("[.\"“”]");
    private static final Pattern NON_TOKEN = Pattern.compile("[^a-z0-9]");
    private static final Map<String, String> ENCODING_ALIASES = Map.of("cp1252", "windows1252", "latin1",
            "iso88591", "macintosh", "macroman", "xmacroman", "macroman");
    private static final double WORD_TOLERANCE = 0.10;

    private final List<String> mismatches = new ArrayList<>();

    private GoldenComparison() {
    }

    /** Every way {@code actual} differs from {@code expected}, one line per field; empty if none. */
    static List<String> mismatches(JsonNode expected, JsonNode actual) {
        GoldenComparison comparison = new GoldenComparison();
        for (Iterator<Map.Entry<String, JsonNode>> it = expected.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            comparison.compareField(field.getKey(), field.getValue(), actual);
        }
        return comparison.mismatches;
    }

    private void compareField(String key, JsonNode want, JsonNode actual) {
        if (NAME_SETS.contains(key)) {
            compareNames(key, want, actual.path(key), false);
        } else if (key.endsWith("AtLeast") && NAME_SETS.contains(stem(key))) {
            compareNames(stem(key), want, actual.path(stem(key)), true);
        } else if (EXACT.contains(key)) {
            compareExact(key, want, actual.path(key));
        } else if (TEXTS.contains(key)) {
            compareText(key, want, actual.path(key));
        } else {
            compareSpecial(key, want, actual);
        }
    }

    private void compareSpecial(String key, JsonNode want, JsonNode actual) {
        switch (key) {
            case "source" -> compareSource(want, actual.path("source"));
            case "stated" -> compareStated(want, actual.path("stated"));
            case "chapterCount" -> compareChapterCount(want, actual.path("chapters"));
            case "wordsApprox" -> compareWords(want, actual.path("words"));
            case "notes" -> compareTextList(want, actual.path("notes"));
            case "footnotes" -> compareFootnotes(want, actual.path("footnotes"));
            case "problems" -> compareProblems(want, actual.path("problems"));
            default -> mismatches.add(key + ": unknown key in expected.json");
        }
    }

    private static String stem(String key) {
        return key.substring(0, key.length() - "AtLeast".length());
    }

    private void compareNames(String key, JsonNode want, JsonNode got, boolean recallOnly) {
        Set<String> expected = names(key, want);
        Set<String> actual = names(key, got);
        boolean ok = recallOnly ? actual.containsAll(expected) : actual.equals(expected);
        if (!ok) {
            Set<String> missing = new TreeSet<>(expected);
            missing.removeAll(actual);
            Set<String> extra = new TreeSet<>(actual);
            extra.removeAll(expected);
            mismatches.add(key + ": expected " + want + " but was " + got + " (missing " + missing
                    + (recallOnly ? "" : ", extra " + extra) + ")");
        }
    }

    private static Set<String> names(String key, JsonNode list) {
        Set<String> out = new LinkedHashSet<>();
        for (JsonNode item : list) {
            out.add("relationships".equals(key) ? relationshipKey(item.asText()) : nameKey(item.asText()));
        }
        return out;
    }

    /**
     * A name folded for comparison: NFC, lower case, parenthesised fandom, dots and double quotes
     * dropped ({@code Mrs Hudson} = {@code Mrs. Hudson}), whitespace collapsed.
     */
    static String nameKey(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
        folded = FANDOM_SUFFIX.matcher(folded.strip()).replaceFirst("");
        return normalized(NAME_PUNCTUATION.matcher(folded).replaceAll(" "));
    }

    /** A relationship folded member by member, keeping its kind ({@code /} or {@code &}) and order. */
    static String relationshipKey(String relationship) {
        boolean romantic = relationship.contains("/");
        String separator = romantic ? "/" : "&";
        List<String> members = new ArrayList<>();
        for (String member : relationship.split(romantic ? "/" : "&", -1)) {
            members.add(nameKey(member));
        }
        return String.join(separator, members);
    }

    private void compareExact(String key, JsonNode want, JsonNode got) {
        boolean ok = want.isNull() ? got.isNull() || got.isMissingNode() : want.equals(got);
        if (!ok && want.isTextual() && got.isTextual()) {
            ok = want.asText().equalsIgnoreCase(got.asText());
        }
        if (!ok) {
            mismatches.add(key + ": expected " + want + " but was " + got);
        }
    }

    private void compareText(String key, JsonNode want, JsonNode got) {
        if (!sameText(want, got)) {
            mismatches.add(key + ": expected " + want + " but was " + got);
        }
    }

    private static boolean sameText(JsonNode want, JsonNode got) {
        if (want.isNull()) {
            return got.isNull() || got.isMissingNode();
        }
        return got.isTextual() && normalized(want.asText()).equals(normalized(got.asText()));
    }

    /** NFC with every whitespace run collapsed to one space, trimmed. */
    static String normalized(String text) {
        String nfc = Normalizer.normalize(text, Normalizer.Form.NFC);
        return SPACES.matcher(nfc).replaceAll(" ").strip();
    }

    private void compareSource(JsonNode want, JsonNode got) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = got.path(field.getKey());
            if (!token(field.getValue().asText()).equals(token(value.asText()))) {
                mismatches.add(
                        "source." + field.getKey() + ": expected " + field.getValue() + " but was " + value);
            }
        }
    }

    private static String token(String value) {
        String folded = NON_TOKEN.matcher(value.toLowerCase(Locale.ROOT)).replaceAll("");
        return ENCODING_ALIASES.getOrDefault(folded, folded);
    }

    private void compareStated(JsonNode want, JsonNode got) {
        for (Iterator<Map.Entry<String, JsonNode>> it = want.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> field = it.next();
            JsonNode value = got.path(field.getKey());
            if (!sameText(field.getValue(), value)) {
                mismatches.add(
                        "stated." + field.getKey() + ": expected " + field.getValue() + " but was " + value);
            }
        }
    }

    private void compareChapterCount(JsonNode want, JsonNode chapters) {
        if (chapters.size() != want.asInt()) {
            mismatches.add("chapterCount: expected " + want.asInt() + " but was " + chapters.size() + " "
                    + chapters);
        }
    }

    private void compareWords(JsonNode want, JsonNode got) {
        int expected = want.asInt();
        int actual = got.asInt(0);
        if (Math.abs(actual - expected) > expected * WORD_TOLERANCE) {
            mismatches.add("wordsApprox: expected " + expected + " ±10% but was " + actual);
        }
    }

    private void compareTextList(JsonNode want, JsonNode got) {
        List<String> expected = texts(want);
        List<String> actual = texts(got);
        if (!new TreeSet<>(expected).equals(new TreeSet<>(actual)) || expected.size() != actual.size()) {
            mismatches.add("notes: expected " + want + " but was " + got);
        }
    }

    private static List<String> texts(JsonNode list) {
        List<String> out = new ArrayList<>();
        for (JsonNode item : list) {
            out.add(normalized(item.asText()));
        }
        return out;
    }

    private void compareFootnotes(JsonNode want, JsonNode got) {
        if (!footnotes(want).equals(footnotes(got))) {
            mismatches.add("footnotes: expected " + want + " but was " + got);
        }
    }

    private static Set<String> footnotes(JsonNode list) {
        Set<String> out = new TreeSet<>();
        for (JsonNode item : list) {
            out.add(item.path("mark").asText() + " :: " + normalized(item.path("text").asText()));
        }
        return out;
    }

    private void compareProblems(JsonNode want, JsonNode got) {
        Set<String> reported = new TreeSet<>();
        for (JsonNode problem : got) {
            reported.add(problem.path("code").asText());
        }
        Set<String> missing = new TreeSet<>();
        for (JsonNode code : want) {
            if (!reported.contains(code.asText())) {
                missing.add(code.asText());
            }
        }
        if (!missing.isEmpty()) {
            mismatches.add("problems: missing " + missing + ", reported " + reported);
        }
    }
}
