package org.ficshelf.infer;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.jspecify.annotations.Nullable;

/**
 * Counts the pronouns of a paragraph's narration by person: words inside quotation marks
 * ("...", “...”, „...“, «...», 「...」, and, where the work uses them for dialogue, '...' and
 * dash-led lines) and inside thought spans are dialogue or thought, not narration. One pass
 * per paragraph, with a char-class table, over a reused buffer: not thread-safe, one per read.
 */
final class PovNarration {
    /**
     * Per BMP char: its lower case for a letter, else its class (the values below, no letter's
     * lower case), so one lookup both classes and lower-cases.
     */
    private static final char[] CHARS = chars();
    private static final char OTHER = 0;
    private static final char IDEOGRAPH = 1;
    private static final char QUOTE = 2;
    private static final char LETTERS = 3;
    /** Prepared pronoun tables, by language code ("" for none). */
    private static final Map<String, Pronouns> BY_LANGUAGE = new ConcurrentHashMap<>();

    private final Pronouns pronouns;
    private final boolean singleQuoteDialogue;
    private final boolean dashDialogue;
    /** The word being looked up, lower-cased: no longer than the longest pronoun. */
    private final char[] word;
    private char[] buffer = new char[256];

    /**
     * A language's pronouns as a word table plus the ones written as one ideograph, sorted; and,
     * per ASCII first letter, a bit per length some pronoun has, so most words skip the lookup.
     */
    private record Pronouns(WordTable<Integer> words, char[] ideographs, int[] persons, long[] lengths) {
        /** Whether a word of {@code length} chars starting with {@code first} may be a pronoun. */
        boolean may(char first, int length) {
            return first >= 0x80 || length >= Long.SIZE || (lengths[first] >>> length & 1) != 0;
        }

        static Pronouns of(Map<String, Integer> pronouns) {
            long[] lengths = new long[0x80];
            for (String w : pronouns.keySet()) {
                char first = w.charAt(0);
                if (first < 0x80 && w.length() < Long.SIZE) {
                    lengths[first] |= 1L << w.length();
                }
            }
            char[] ideographs = pronouns.keySet().stream()
                    .filter(w -> w.length() == 1 && Character.isIdeographic(w.charAt(0)))
                    .map(w -> String.valueOf(w.charAt(0))).sorted().collect(Collectors.joining())
                    .toCharArray();
            int[] persons = new int[ideographs.length];
            for (int k = 0; k < ideographs.length; k++) {
                persons[k] = pronouns.get(String.valueOf(ideographs[k]));
            }
            return new Pronouns(new WordTable<>(pronouns), ideographs, persons, lengths);
        }
    }

    PovNarration(@Nullable String language, boolean singleQuoteDialogue, boolean dashDialogue) {
        this.pronouns = BY_LANGUAGE.computeIfAbsent(language == null ? "" : language,
                code -> Pronouns.of(PovPronouns.of(language)));
        this.word = new char[pronouns.words().longest() + 1];
        this.singleQuoteDialogue = singleQuoteDialogue;
        this.dashDialogue = dashDialogue;
    }

    /** Adds the narration pronouns of {@code p} to {@code counts} (first, second, third). */
    void count(Paragraph p, int[] counts) {
        String text = p.text();
        if (dashDialogue && startsWithDash(text)) {
            return;
        }
        int n = text.length();
        if (buffer.length < n) {
            buffer = new char[Math.max(n, buffer.length * 2)];
        }
        char[] chars = buffer;
        text.getChars(0, n, chars, 0);
        char[] table = CHARS;
        WordTable<Integer> words = pronouns.words();
        int longest = word.length - 1;
        List<Span> spans = p.spans();
        int spanIndex = 0;
        QuoteState quotes = new QuoteState();
        Pronouns known = pronouns;
        for (int i = 0; i < n; i++) {
            int start = i;
            char k = table[chars[i]];
            while (k >= LETTERS) { // a word: find its end, look it up only if it may be a pronoun
                k = ++i < n ? table[chars[i]] : OTHER;
            }
            int length = i - start;
            if (length == 0 && k == OTHER) {
                continue;
            }
            while (spanIndex < spans.size()
                    && (spans.get(spanIndex).kind() != SpanKind.THOUGHT || spans.get(spanIndex).end() <= i)) {
                spanIndex++;
            }
            boolean narration = !quotes.inside()
                    && !(spanIndex < spans.size() && spans.get(spanIndex).start() <= i);
            if (length > 0 && length <= longest && narration && known.may(table[chars[start]], length)) {
                for (int j = 0; j < length; j++) {
                    word[j] = table[chars[start + j]];
                }
                Integer person = words.get(word, length);
                if (person != null) {
                    counts[person]++;
                }
            }
            if (i >= n) {
                break;
            }
            if (k == IDEOGRAPH) {
                int at = Arrays.binarySearch(known.ideographs(), chars[i]);
                if (at >= 0 && narration) {
                    counts[known.persons()[at]]++;
                }
            } else if (k == QUOTE) {
                quotes.see(text, i, singleQuoteDialogue);
                if (quotes.inside()) { // no word counts inside a quotation: go to the next mark
                    while (i + 1 < n && table[chars[i + 1]] != QUOTE) {
                        i++;
                    }
                }
            }
        }
    }

    /** The lower case or class of every BMP char. */
    private static char[] chars() {
        char[] table = new char[1 << 16];
        for (int c = 0; c <= 0xFFFF; c++) {
            if (c < 0x80) {
                table[c] = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') ? (char) (c | 0x20) : OTHER;
            } else if (Character.isIdeographic(c)) {
                table[c] = IDEOGRAPH;
            } else if (Character.isLetter(c)) {
                char lower = Character.toLowerCase((char) c);
                table[c] = lower >= LETTERS ? lower : LETTERS; // no letter lower-cases below U+0003
            }
        }
        for (char c : "\"\u201C\u201D\u201E\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F'\u2018\u2019"
                .toCharArray()) {
            table[c] = QUOTE;
        }
        return table;
    }

    static boolean startsWithDash(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isWhitespace(c)) {
                return c == '\u2014' || c == '\u2013' || c == '\u2015'
                        || (c == '-' && i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1)));
            }
        }
        return false;
    }

    /** Which quotation is open at a point of a paragraph. */
    static final class QuoteState {
        private char open; // the mark that opened the current quotation, 0 when none

        boolean inside() {
            return open != 0;
        }

        void see(String text, int i, boolean single) {
            if (i >= text.length()) {
                return;
            }
            char c = text.charAt(i);
            switch (c) {
                case '"' -> straightDouble(text, i);
                case '\u201C' -> open = open == '\u201E' || open == '\u201C' ? 0 : (open == 0 ? c : open);
                case '\u201D' -> open = open == '\u201C' || open == '\u201E' || open == '\u201D'
                        ? 0
                        : (open == 0 ? c : open);
                case '\u201E' -> open = open == 0 ? c : open;
                case '\u00AB', '\u00BB' -> open = open == '\u00AB' ? 0 : (open == 0 ? '\u00AB' : open);
                case '\u2039', '\u203A' -> open = open == '\u2039' ? 0 : (open == 0 ? '\u2039' : open);
                case '\u300C', '\u300E' -> open = open == 0 ? c : open;
                case '\u300D' -> open = open == '\u300C' ? 0 : open;
                case '\u300F' -> open = open == '\u300E' ? 0 : open;
                case '\'', '\u2018', '\u2019' -> {
                    if (single) {
                        single(text, i, c);
                    }
                }
                default -> {
                }
            }
        }

        /**
         * A straight double quote opens after a space or the start and before a non-space, and
         * closes after a non-space and before a space or punctuation; only an ambiguous one
         * toggles. So one missing mark does not flip a whole long paragraph.
         */
        private void straightDouble(String text, int i) {
            boolean spaceBefore = i == 0 || Character.isWhitespace(text.charAt(i - 1))
                    || "([{-\u2014".indexOf(
                            text.charAt(i - 1)) >= 0;
            boolean spaceAfter = i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1))
                    || ".,;:!?)]}".indexOf(text.charAt(i + 1)) >= 0;
            if (spaceBefore && !spaceAfter) {
                open = open == 0 || open == '"' ? '"' : open;
            } else if (!spaceBefore && spaceAfter) {
                open = open == '"' ? 0 : open;
            } else {
                open = open == '"' ? 0 : (open == 0 ? '"' : open);
            }
        }

        private void single(String text, int i, char c) {
            boolean letterBefore = i > 0 && Character.isLetterOrDigit(text.charAt(i - 1));
            boolean letterAfter = i + 1 < text.length() && Character.isLetter(text.charAt(i + 1));
            if (open == 0 && !letterBefore && letterAfter && c != '\u2019') {
                open = '\'';
            } else if (open == '\'' && !letterAfter && c != '\u2018'
                    && (letterBefore || isPunct(text, i - 1))) {
                open = 0;
            }
        }

        private static boolean isPunct(String text, int i) {
            return i >= 0 && ".,!?;:\u2026-\u2014".indexOf(text.charAt(i)) >= 0;
        }
    }
}
