package org.ficshelf.infer;

import java.util.List;
import java.util.Map;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;

/**
 * Counts the pronouns of a paragraph's narration by person: words inside quotation marks
 * ("...", “...”, „...“, «...», 「...」, and, where the work uses them for dialogue, '...' and
 * dash-led lines) and inside thought spans are dialogue or thought, not narration.
 */
final class PovNarration {
    private final WordTable<Integer> pronouns;
    private final boolean singleQuoteDialogue;
    private final boolean dashDialogue;
    /** The current word, lower-cased; only its first {@code longest + 1} chars are kept. */
    private final char[] word;
    /** The longest pronoun's length: longer words are not looked up. */
    private final int longest;
    /** Pronouns written as one ideograph (Chinese, Japanese), sorted, with their persons. */
    private final char[] ideographs;
    private final int[] ideographPersons;

    PovNarration(Map<String, Integer> pronouns, boolean singleQuoteDialogue, boolean dashDialogue) {
        this.pronouns = new WordTable<>(pronouns);
        this.longest = this.pronouns.longest();
        this.word = new char[longest + 1];
        this.ideographs = pronouns.keySet().stream()
                .filter(w -> w.length() == 1 && Character.isIdeographic(w.charAt(0)))
                .map(w -> String.valueOf(w.charAt(0))).sorted().collect(java.util.stream.Collectors.joining())
                .toCharArray();
        this.ideographPersons = new int[ideographs.length];
        for (int k = 0; k < ideographs.length; k++) {
            ideographPersons[k] = pronouns.get(String.valueOf(ideographs[k]));
        }
        this.singleQuoteDialogue = singleQuoteDialogue;
        this.dashDialogue = dashDialogue;
    }

    /** Adds the narration pronouns of {@code p} to {@code counts} (first, second, third). */
    void count(Paragraph p, int[] counts) {
        String text = p.text();
        if (dashDialogue && startsWithDash(text)) {
            return;
        }
        List<Span> spans = p.spans().isEmpty()
                ? List.of()
                : p.spans().stream().filter(s -> s.kind() == SpanKind.THOUGHT).toList();
        int spanIndex = 0;
        QuoteState quotes = new QuoteState();
        int n = text.length();
        int length = 0;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? text.charAt(i) : ' ';
            boolean ideograph;
            if (c < 0x80) {
                if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z')) {
                    length = append(length, (char) (c | 0x20));
                    continue;
                }
                ideograph = false;
            } else {
                ideograph = Character.isIdeographic(c);
                if (!ideograph && Character.isLetter(c)) {
                    length = append(length, Character.toLowerCase(c));
                    continue;
                }
            }
            while (spanIndex < spans.size() && spans.get(spanIndex).end() <= i) {
                spanIndex++;
            }
            boolean inThought = spanIndex < spans.size() && spans.get(spanIndex).start() <= i;
            if (length > 0) {
                if (length <= longest && !quotes.inside() && !inThought) {
                    Integer person = pronouns.get(word, length);
                    if (person != null) {
                        counts[person]++;
                    }
                }
                length = 0;
            }
            if (ideograph) {
                int k = java.util.Arrays.binarySearch(ideographs, c);
                if (k >= 0 && !quotes.inside() && !inThought) {
                    counts[ideographPersons[k]]++;
                }
                continue;
            }
            quotes.see(text, i, singleQuoteDialogue);
        }
    }

    /** Appends {@code c} to the current word of {@code length} chars; returns the new length. */
    private int append(int length, char c) {
        if (length < word.length) {
            word[length] = c;
        }
        return length + 1;
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
