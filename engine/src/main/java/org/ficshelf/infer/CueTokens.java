package org.ficshelf.infer;

import java.util.Arrays;

/**
 * The word tokens of one text as vocabulary ids, with their offsets: letters and digits make
 * words, an apostrophe inside a word is kept, a trailing {@code 's} is dropped, anything else
 * separates; sentence ends and quotation marks become {@link #BREAK} tokens. Reused between
 * texts so that scanning allocates nothing per token.
 */
final class CueTokens {
    /** A sentence or quotation boundary: phrases and negation windows do not cross it. */
    static final int BREAK = -2;

    int size;
    int words;
    int[] ids = new int[64];
    int[] starts = new int[64];
    int[] ends = new int[64];

    /** Tokenizes {@code text}, replacing the previous contents. */
    void scan(CharSequence text, CueVocabulary vocabulary) {
        size = 0;
        words = 0;
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)) {
                i = word(text, i, vocabulary);
            } else {
                if (isBreak(c) && size > 0 && ids[size - 1] != BREAK) {
                    add(BREAK, i, i + 1);
                }
                i++;
            }
        }
    }

    private int word(CharSequence text, int start, CueVocabulary vocabulary) {
        int n = text.length();
        int i = start + 1;
        while (i < n) {
            char c = text.charAt(i);
            if (isWordChar(c)
                    || (isApostrophe(c) && i + 1 < n && isWordChar(text.charAt(i + 1)))) {
                i++;
            } else {
                break;
            }
        }
        int end = i;
        if (end - start > 2 && isApostrophe(text.charAt(end - 2))
                && CueVocabulary.fold(text.charAt(end - 1)) == 's') {
            end -= 2;
        }
        words++;
        add(vocabulary.id(text, start, end), start, end);
        return i;
    }

    /** Empties the tokens, to be refilled word by word from a shared split of the text. */
    void clear() {
        size = 0;
        words = 0;
    }

    /** Appends a word token. */
    void word(int id, int start, int end) {
        words++;
        add(id, start, end);
    }

    /** Appends a boundary token unless the tokens are empty or already end with one. */
    void boundary(int at) {
        if (size > 0 && ids[size - 1] != BREAK) {
            add(BREAK, at, at + 1);
        }
    }

    private void add(int id, int start, int end) {
        if (size == ids.length) {
            ids = Arrays.copyOf(ids, size * 2);
            starts = Arrays.copyOf(starts, size * 2);
            ends = Arrays.copyOf(ends, size * 2);
        }
        ids[size] = id;
        starts[size] = start;
        ends[size] = end;
        size++;
    }

    static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        return Character.isLetterOrDigit(c);
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private static boolean isBreak(char c) {
        return switch (c) {
            case '.', '!', '?', ';', ':', '"', '\u201C', '\u201D', '\n', '(', ')' -> true;
            default -> false;
        };
    }
}
