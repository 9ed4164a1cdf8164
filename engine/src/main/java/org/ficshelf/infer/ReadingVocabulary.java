package org.ficshelf.infer;

import java.util.Arrays;
import java.util.List;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.NameAutomaton;

/**
 * One table of every word some reader of the story text looks for, built once per canon: each
 * case-folded word with its name-word id (canon name automaton), its content-cue id and flags
 * (a romance cue word). A paragraph's words are looked up here once, and every reader (names,
 * fandom and relationship evidence, content cues) uses the answers. Immutable, so thread-safe.
 */
final class ReadingVocabulary {
    /** Flag: a word a romance cue needs ({@link RelationshipInference#cueWords()}). */
    static final int ROMANCE = 1;

    private static volatile ReadingVocabulary last = null;

    private final Canon canon;
    private char[][] keys = new char[1024][];
    private int[] slots = new int[1024];
    /** Each slot's key hash, so a probe rejects most keys without reading them. */
    private int[] hashes = new int[1024];
    private int size;
    private int longest;
    private int[] nameIds = new int[256];
    private int[] cueIds = new int[256];
    private int[] flags = new int[256];

    private ReadingVocabulary(Canon canon, CueLexicon cues) {
        this.canon = canon;
        Arrays.fill(slots, -1);
        List<String> names = canon.names().vocabulary();
        for (int id = 0; id < names.size(); id++) {
            int e = entry(names.get(id));
            nameIds[e] = id;
        }
        List<String> cueWords = cues.vocabulary().words();
        for (int id = 0; id < cueWords.size(); id++) {
            int e = entry(cueWords.get(id));
            cueIds[e] = id;
        }
        for (String w : RelationshipInference.cueWords()) {
            int e = entry(w);
            flags[e] |= ROMANCE;
        }
    }

    /** The vocabulary of {@code canon} and the bundled cue lexicon, built on first use. */
    static ReadingVocabulary of(Canon canon) {
        ReadingVocabulary v = last;
        if (v == null || v.canon != canon) {
            v = new ReadingVocabulary(canon, CueLexicon.get());
            last = v;
        }
        return v;
    }

    /** The case-folding every table here shares: lower case, typographic apostrophes as {@code '}. */
    static char fold(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        return c == '\u2018' ? '\'' : NameAutomaton.fold(c);
    }

    /**
     * The entry of the folded region {@code [start, end)} of {@code text} whose folded hash is
     * {@code hash} (see {@link #step}), or -1.
     */
    int find(CharSequence text, int start, int end, int hash) {
        if (end - start > longest) {
            return -1;
        }
        int mask = keys.length - 1;
        for (int slot = mix(hash) & mask;; slot = (slot + 1) & mask) {
            char[] key = keys[slot];
            if (key == null) {
                return -1;
            }
            if (hashes[slot] == hash && equal(key, text, start, end)) {
                return slots[slot];
            }
        }
    }

    /** The entry of a region, hashing it first. */
    int find(CharSequence text, int start, int end) {
        int h = 0;
        for (int i = start; i < end; i++) {
            h = step(h, fold(text.charAt(i)));
        }
        return find(text, start, end, h);
    }

    /** The rolling hash over folded characters. */
    static int step(int hash, char folded) {
        return 31 * hash + folded;
    }

    int nameId(int entry) {
        return entry < 0 ? -1 : nameIds[entry];
    }

    int cueId(int entry) {
        return entry < 0 ? CueVocabulary.UNKNOWN : cueIds[entry];
    }

    boolean has(int entry, int flag) {
        return entry >= 0 && (flags[entry] & flag) != 0;
    }

    private int entry(String word) {
        int found = find(word, 0, word.length());
        if (found >= 0) {
            return found;
        }
        if (2 * (size + 1) > keys.length) {
            grow();
        }
        char[] key = new char[word.length()];
        int h = 0;
        for (int i = 0; i < key.length; i++) {
            key[i] = fold(word.charAt(i));
            h = step(h, key[i]);
        }
        put(key, h, size);
        longest = Math.max(longest, key.length);
        if (size == nameIds.length) {
            nameIds = Arrays.copyOf(nameIds, 2 * size);
            cueIds = Arrays.copyOf(cueIds, 2 * size);
            flags = Arrays.copyOf(flags, 2 * size);
        }
        nameIds[size] = -1;
        cueIds[size] = CueVocabulary.UNKNOWN;
        flags[size] = 0;
        return size++;
    }

    private void put(char[] key, int hash, int entry) {
        int mask = keys.length - 1;
        int slot = mix(hash) & mask;
        while (keys[slot] != null) {
            slot = (slot + 1) & mask;
        }
        keys[slot] = key;
        slots[slot] = entry;
        hashes[slot] = hash;
    }

    private void grow() {
        char[][] oldKeys = keys;
        int[] oldSlots = slots;
        keys = new char[oldKeys.length * 2][];
        slots = new int[oldKeys.length * 2];
        hashes = new int[oldKeys.length * 2];
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != null) {
                int h = 0;
                for (char c : oldKeys[i]) {
                    h = step(h, c);
                }
                put(oldKeys[i], h, oldSlots[i]);
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

    private static int mix(int h) {
        return h ^ (h >>> 16) ^ (h >>> 7);
    }
}
