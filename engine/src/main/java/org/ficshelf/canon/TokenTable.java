package org.ficshelf.canon;

import java.util.Arrays;
import java.util.List;

/**
 * Case-folded word ids by open addressing, looked up straight from a region of a text so
 * that the scan allocates nothing per word.
 */
final class TokenTable {
    private String[] keys = new String[1024];
    private int[] ids = new int[1024];
    private int size;

    /** The id of {@code word} (folded), adding it if new. */
    int intern(CharSequence word) {
        int found = lookup(word, 0, word.length());
        if (found >= 0) {
            return found;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        String key = fold(word);
        put(key, size);
        return size++;
    }

    /** The id of the folded region {@code [start, end)} of {@code text}, or -1. */
    int lookup(CharSequence text, int start, int end) {
        int mask = keys.length - 1;
        for (int slot = hash(text, start, end) & mask;; slot = (slot + 1) & mask) {
            String key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (matches(key, text, start, end)) {
                return ids[slot];
            }
        }
    }

    /** How many words the table holds. */
    int size() {
        return size;
    }

    /** The keys, case-folded, indexed by id. */
    List<String> keys() {
        String[] out = new String[size];
        for (int slot = 0; slot < keys.length; slot++) {
            if (keys[slot] != null) {
                out[ids[slot]] = keys[slot];
            }
        }
        return List.of(out);
    }

    static String fold(CharSequence word) {
        StringBuilder out = new StringBuilder(word.length());
        for (int i = 0; i < word.length(); i++) {
            out.append(fold(word.charAt(i)));
        }
        return out.toString();
    }

    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2019' ? '\'' : Character.toLowerCase(c);
    }

    private void put(String key, int id) {
        int mask = keys.length - 1;
        int slot = hash(key, 0, key.length()) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        ids[slot] = id;
    }

    private void grow() {
        String[] oldKeys = keys;
        int[] oldIds = ids;
        keys = new String[oldKeys.length * 2];
        ids = new int[oldKeys.length * 2];
        Arrays.fill(ids, -1);
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                put(oldKeys[i], oldIds[i]);
            }
        }
    }

    private static boolean matches(String key, CharSequence text, int start, int end) {
        if (key.length() != end - start) {
            return false;
        }
        for (int i = 0; i < key.length(); i++) {
            if (key.charAt(i) != fold(text.charAt(start + i))) {
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
        return h ^ (h >>> 16);
    }
}
