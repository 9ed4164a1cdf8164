package org.ficshelf.infer;

import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A read-only map from words to values that is looked up with a word held in a reusable char
 * buffer, so scanning a text for known words allocates nothing per word.
 */
final class WordTable<V> {
    private final char[][] keys;
    /** Each slot's key hash, compared before the key itself is touched. */
    private final int[] hashes;
    private final @Nullable Object[] values;
    private final int mask;
    /** 32 minus the table's bits: a mixed hash shifted right by this is a slot. */
    private final int shift;
    /** The longest key's length: longer words are never looked up. */
    private final int longest;

    WordTable(Map<String, V> words) {
        int size = Integer.highestOneBit(Math.max(4, words.size() * 3)) << 1;
        keys = new char[size][];
        hashes = new int[size];
        values = new Object[size];
        mask = size - 1;
        shift = Integer.numberOfLeadingZeros(size) + 1;
        int max = 0;
        for (Map.Entry<String, V> e : words.entrySet()) {
            char[] key = e.getKey().toCharArray();
            max = Math.max(max, key.length);
            int hash = mix(rawHash(key, key.length));
            int slot = hash >>> shift;
            while (keys[slot] != null) {
                slot = (slot + 1) & mask;
            }
            keys[slot] = key;
            hashes[slot] = hash;
            values[slot] = e.getValue();
        }
        longest = max;
    }

    int longest() {
        return longest;
    }

    /** The value of the word {@code buf[0..len)}, or null. */
    @Nullable
    V get(char[] buf, int len) {
        return len > longest ? null : get(buf, len, rawHash(buf, len));
    }

    /**
     * The value of the word {@code buf[0..len)} whose {@link #rawHash} the caller has already
     * folded up char by char with {@link #hashStep} while reading it, or null.
     */
    @SuppressWarnings("unchecked")
    @Nullable
    V get(char[] buf, int len, int rawHash) {
        if (len > longest) {
            return null;
        }
        int hash = mix(rawHash);
        int slot = hash >>> shift;
        for (char[] key; (key = keys[slot]) != null; slot = (slot + 1) & mask) {
            if (hashes[slot] == hash && key.length == len && same(key, buf, len)) {
                return (V) values[slot];
            }
        }
        return null;
    }

    /** Whether {@code key} starts {@code buf}: a plain loop, quicker than a library call for short words. */
    private static boolean same(char[] key, char[] buf, int len) {
        for (int i = 0; i < len; i++) {
            if (key[i] != buf[i]) {
                return false;
            }
        }
        return true;
    }

    /** The raw hash of a word with {@code c} appended to a word of raw hash {@code h} (0 for none). */
    static int hashStep(int h, char c) {
        return 31 * h + c;
    }

    static int rawHash(char[] buf, int len) {
        int h = 0;
        for (int i = 0; i < len; i++) {
            h = hashStep(h, buf[i]);
        }
        return h;
    }

    /**
     * Spreads a raw hash over all bits (Fibonacci hashing: the top bits of the product are the
     * slot), so short words, whose raw hashes are small and close, do not cluster.
     */
    private static int mix(int rawHash) {
        return rawHash * 0x9E3779B9;
    }
}
