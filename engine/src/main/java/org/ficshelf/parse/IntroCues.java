package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells whether a paragraph holds the words of an author's introduction (the phrases of
 * {@code header-intro-cues.txt}). One pass over the text that tries the phrases only at word
 * starts, by first letter: linear, and much cheaper than one large case-insensitive pattern.
 */
final class IntroCues {
    /** A phrase: its characters, and whether it is held to the start or free of word boundaries. */
    private record Phrase(String text, boolean atStart, boolean anyWordTail) {
    }

    private IntroCues() {
    }

    /** Phrases by the ASCII letter they start with; symbols-only phrases and start-only ones apart. */
    private static final class Table {
        static final List<List<Phrase>> BY_LETTER = new ArrayList<>();
        static final List<Phrase> AT_START = new ArrayList<>();
        static final List<String> SYMBOLS = new ArrayList<>();

        static {
            for (int k = 0; k < 26; k++) {
                BY_LETTER.add(new ArrayList<>());
            }
            for (String[] row : HeaderTables.rows("header-intro-cues.txt")) {
                String p = row[0].strip();
                boolean atStart = p.startsWith("^");
                if (atStart) {
                    p = p.substring(1);
                }
                boolean tail = p.endsWith("*");
                if (tail) {
                    p = p.substring(0, p.length() - 1);
                }
                if (p.isEmpty()) {
                    continue;
                }
                char first = p.charAt(0);
                if (!isWord(first) && !isWord(p.charAt(p.length() - 1))) {
                    SYMBOLS.add(p);
                } else if (atStart) {
                    AT_START.add(new Phrase(p, true, tail));
                } else if (first >= 'a' && first <= 'z') {
                    BY_LETTER.get(first - 'a').add(new Phrase(p, false, tail));
                } else {
                    throw new IllegalStateException("intro cue must start with a letter: " + p);
                }
            }
        }
    }

    /** True when the text holds an intro phrase. */
    static boolean find(String text) {
        for (String symbols : Table.SYMBOLS) {
            if (text.contains(symbols)) {
                return true;
            }
        }
        int n = text.length();
        int start = 0;
        while (start < n && isRegexSpace(text.charAt(start))) {
            start++;
        }
        for (Phrase p : Table.AT_START) {
            if (matchesAt(text, start, p) && (start == 0 || !isWord(text.charAt(start - 1)))) {
                return true;
            }
        }
        boolean prevWord = false;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            boolean word = isWord(c);
            if (word && !prevWord) {
                int letter = (c | 0x20) - 'a';
                if (letter >= 0 && letter < 26) {
                    for (Phrase p : Table.BY_LETTER.get(letter)) {
                        if (matchesAt(text, i, p)) {
                            return true;
                        }
                    }
                }
            }
            prevWord = word;
        }
        return false;
    }

    /** The phrase at {@code i}, ASCII case ignored, ending on a word boundary. */
    private static boolean matchesAt(String text, int i, Phrase p) {
        String s = p.text();
        int n = text.length();
        int e = i;
        for (int k = 0; k < s.length(); k++) {
            char want = s.charAt(k);
            if (want == '#') {
                int d = e;
                while (d < n && text.charAt(d) >= '0' && text.charAt(d) <= '9') {
                    d++;
                }
                if (d == e) {
                    return false;
                }
                e = d;
                continue;
            }
            if (e >= n) {
                return false;
            }
            char c = text.charAt(e);
            if (want >= 'a' && want <= 'z' ? (c | 0x20) != want : c != want) {
                return false;
            }
            e++;
        }
        if (p.anyWordTail()) {
            return true; // the word runs on to its end, where a boundary always is
        }
        return e >= n || !isWord(text.charAt(e)) || !isWord(text.charAt(e - 1));
    }

    /** A word character as the default (ASCII) {@code \w} reads one. */
    private static boolean isWord(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_';
    }

    /** Whitespace as the default {@code \s} reads it. */
    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
