package org.ficshelf.infer;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A read-only map from words to values that is looked up with a word held in a reusable char
 * buffer, so scanning a text for known words allocates nothing per word.
 */
final class WordTable<V> {
    private final char[][] keys;
    private final @Nullable Object[] values;
    private final int mask;
    /** The longest key's length: longer words are never looked up. */
    private final int longest;

    WordTable(Map<String, V> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        keys = new char[size][];
        values = new Object[size];
        mask = size - 1;
        int max = 0;
        for (Map.Entry<String, V> e : words.entrySet()) {
            char[] key = e.getKey().toCharArray();
            max = Math.max(max, key.length);
            int slot = hash(key, key.length) & mask;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            values[slot] = e.getValue();
        }
        longest = max;
    }

    int longest() {
        return longest;
    }

    /** The value of the word {@code buf[0..len)}, or null. */
    @SuppressWarnings("unchecked")
    @Nullable
    V get(char[] buf, int len) {
        if (len > longest) {
            return null;
        }
        int slot = hash(buf, len) & mask;
        for (char[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (key.length == len && java.util.Arrays.equals(key, 0, len, buf, 0, len)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    private static int hash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = 31 * h + buf[i];
        }
        return h ^ (h >>> 16);
    }
}
