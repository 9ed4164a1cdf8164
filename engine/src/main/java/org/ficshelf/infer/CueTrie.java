package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A trie of phrases over word ids: the token automaton of the content reader. At each token
 * the scanner asks for the longest phrase starting there, so a text is read in one pass with
 * one hash lookup per word and at most a phrase's length of steps per token.
 */
final class CueTrie<T> {
    private static final int DENSE_FROM = 16;

    private final int depth;
    private CueTrie<T> @Nullable [] dense;
    private int[] keys = new int[0]; // sorted, for binary search
    private final List<CueTrie<T>> kids = new ArrayList<>();
    private @Nullable T value;

    CueTrie() {
        this(0);
    }

    private CueTrie(int depth) {
        this.depth = depth;
    }

    /** Adds a phrase; an earlier value for the same phrase is kept. */
    void put(int[] path, T newValue) {
        CueTrie<T> node = this;
        for (int key : path) {
            node = node.childOrNew(key);
        }
        if (node.value == null) {
            node.value = newValue;
        }
    }

    /** The deepest node with a value on the path {@code ids[from..to)}, or null. */
    @Nullable
    CueTrie<T> longest(int[] ids, int from, int to) {
        CueTrie<T> best = null;
        CueTrie<T> node = this;
        for (int i = from; i < to && node != null; i++) {
            node = ids[i] < 0 ? null : node.child(ids[i]);
            if (node != null && node.value != null) {
                best = node;
            }
        }
        return best;
    }

    /** How many tokens this node's phrase has. */
    int depth() {
        return depth;
    }

    /** This node's value; only called on nodes {@link #longest} returned. */
    T value() {
        if (value == null) {
            throw new IllegalStateException("no value at this node");
        }
        return value;
    }

    private @Nullable CueTrie<T> child(int key) {
        if (dense != null) {
            return key < dense.length ? dense[key] : null;
        }
        int at = Arrays.binarySearch(keys, key);
        return at >= 0 ? kids.get(at) : null;
    }

    /** A node with many children (the root) indexes them directly by word id. */
    @SuppressWarnings("unchecked")
    private void index() {
        if (keys.length < DENSE_FROM) {
            return;
        }
        dense = (CueTrie<T>[]) new CueTrie<?>[keys[keys.length - 1] + 1];
        for (int i = 0; i < keys.length; i++) {
            dense[keys[i]] = kids.get(i);
        }
    }

    private CueTrie<T> childOrNew(int key) {
        CueTrie<T> found = child(key);
        if (found != null) {
            return found;
        }
        CueTrie<T> kid = new CueTrie<>(depth + 1);
        int at = -Arrays.binarySearch(keys, key) - 1;
        int[] grown = new int[keys.length + 1];
        System.arraycopy(keys, 0, grown, 0, at);
        grown[at] = key;
        System.arraycopy(keys, at, grown, at + 1, keys.length - at);
        keys = grown;
        kids.add(at, kid);
        index();
        return kid;
    }
}
