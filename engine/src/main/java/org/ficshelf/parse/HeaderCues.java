package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Finds header values stated in prose ("Spike's POV", "Set after Seeing Red", "These
 * characters belong to ...") through the cue table {@code header-cues.tsv}.
 */
final class HeaderCues {
    /** Longest text a cue pattern is run on; longer lines are story, not front matter. */
    private static final int MAX_TEXT = 2000;

    private HeaderCues() {
    }

    /** What a cue found: the stated key, the author's words, and whether they cover the whole text. */
    record Cue(String key, String value, boolean whole) {
    }

    private enum Extent {
        LINE, SENTENCE, PARAGRAPH, GROUP
    }

    private record Rule(String key, Extent extent, Pattern pattern) {
    }

    private static final class Table {
        static final List<Rule> RULES = load();

        private static List<Rule> load() {
            List<Rule> rules = new ArrayList<>();
            for (String[] row : HeaderTables.rows("header-cues.tsv")) {
                if (row.length >= 3) {
                    Extent extent = Extent.valueOf(row[1].strip().toUpperCase(java.util.Locale.ROOT));
                    rules.add(new Rule(row[0].strip(), extent,
                            Pattern.compile(row[2], Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)));
                }
            }
            return List.copyOf(rules);
        }
    }

    /** The cues of one paragraph, at most one per key, in table order. */
    static List<Cue> find(List<String> lines) {
        List<Cue> found = new ArrayList<>();
        String text = HeaderText.join(lines);
        if (text.length() > MAX_TEXT) {
            return found;
        }
        for (Rule rule : Table.RULES) {
            if (found.stream().anyMatch(c -> c.key().equals(rule.key()))) {
                continue;
            }
            Cue cue = apply(rule, lines, text);
            if (cue != null) {
                found.add(cue);
            }
        }
        return found;
    }

    /** The first cue of the given key in a paragraph, or null; only that key's rules run. */
    static @Nullable Cue find(List<String> lines, String key) {
        String text = HeaderText.join(lines);
        if (text.length() > MAX_TEXT) {
            return null;
        }
        for (Rule rule : Table.RULES) {
            if (rule.key().equals(key)) {
                Cue cue = apply(rule, lines, text);
                if (cue != null) {
                    return cue;
                }
            }
        }
        return null;
    }

    private static @Nullable Cue apply(Rule rule, List<String> lines, String text) {
        if (rule.extent() == Extent.LINE) {
            for (String line : lines) {
                if (rule.pattern().matcher(line).find()) {
                    String v = HeaderText.squash(line);
                    return new Cue(rule.key(), v, lines.size() == 1);
                }
            }
            return null;
        }
        Matcher m = rule.pattern().matcher(text);
        if (!m.find()) {
            return null;
        }
        return switch (rule.extent()) {
            case GROUP -> new Cue(rule.key(), m.group(1), false);
            case PARAGRAPH -> new Cue(rule.key(), text, true);
            default -> {
                String s = sentence(text, m.start(), m.end());
                yield new Cue(rule.key(), s, s.length() >= text.length() - 1);
            }
        };
    }

    /** The sentence of {@code text} around [from, to): bounded by . ! ? and a space. */
    static String sentence(String text, int from, int to) {
        int start = 0;
        for (int i = from - 1; i > 0; i--) {
            if (isSentenceEnd(text, i)) {
                start = i + 1;
                break;
            }
        }
        int end = text.length();
        for (int i = to; i < text.length(); i++) {
            if (isSentenceEnd(text, i)) {
                end = i + 1;
                break;
            }
        }
        while (end < text.length() && "\"”')]".indexOf(text.charAt(end)) >= 0) {
            end++;
        }
        return text.substring(start, end).strip();
    }

    /** True when text[i] ends a sentence: . ! or ? followed (after closing quotes) by a space or the end. */
    private static boolean isSentenceEnd(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        int j = i + 1;
        while (j < text.length() && ".!?\"”')]".indexOf(text.charAt(j)) >= 0) {
            if (".!?".indexOf(text.charAt(j)) >= 0) {
                return false; // the run ends later
            }
            j++;
        }
        return j >= text.length() || Character.isWhitespace(text.charAt(j));
    }
}
