package org.ficshelf.infer;

import java.util.Arrays;

/**
 * A hash table of lower-case words to small int ids, looked up straight from a region of the
 * text (lower-casing on the fly) so that scanning allocates nothing per token.
 */
final class CueVocabulary {
    static final int UNKNOWN = -1;

    private char[][] keys = new char[256][];
    private int[] ids = new int[256];
    private int size;
    /** The longest word's length: a longer region is no word of the vocabulary. */
    private int longest;

    /** The id of a word, adding it when new. */
    int intern(String word) {
        int found = id(word, 0, word.length());
        if (found != UNKNOWN) {
            return found;
        }
        if (size * 2 >= keys.length) {
            grow();
        }
        char[] key = new char[word.length()];
        for (int i = 0; i < key.length; i++) {
            key[i] = fold(word.charAt(i));
        }
        longest = Math.max(longest, key.length);
        put(key, size);
        return size++;
    }

    /** The id of {@code text[start, end)} compared without case, or {@link #UNKNOWN}. */
    int id(CharSequence text, int start, int end) {
        if (end - start > longest) {
            return UNKNOWN;
        }
        int mask = keys.length - 1;
        for (int slot = hash(text, start, end) & mask;; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return UNKNOWN;
            }
            if (equal(key, text, start, end)) {
                return ids[slot];
            }
        }
    }

    /** The words, case-folded, indexed by id. */
    java.util.List<String> words() {
        String[] out = new String[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                out[ids[slot]] = new String(keys[slot]);
            }
        }
        return java.util.List.of(out);
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' || c == '\u2018' ? '\'' : Character.toLowerCase(c);
    }

    private void put(char[] key, int id) {
        int mask = keys.length - 1;
        int slot = hash(key) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = id;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldIds = ids;
        keys = new char[oldKeys.length * 2][];
        ids = new int[oldKeys.length * 2];
        Arrays.fill(ids, UNKNOWN);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static boolean equal(char[] key, CharSequence text, int start, int end) {
        if (key.length != end - start) {
            return false;
        }
        for (int i = 0; i < key.length; i++) {
            if (key[i] != fold(text.charAt(start + i))) {
                return false;
            }
        }
        return true;
    }

    private static int hash(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = 31 * h + fold(text.charAt(i));
        }
        return mix(h);
    }

    private static int hash(char[] key) {
        int h = 0;
        for (char c : key) {
            h = 31 * h + c;
        }
        return mix(h);
    }

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
