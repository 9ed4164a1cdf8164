package org.ficshelf.canon;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Every name of the canon (characters, aliases, fandom names, cues, creators, ship nicknames)
 * as a trie over case-folded words: one left-to-right pass over a text reports the longest
 * name starting at each word, word-boundary aware, in time linear in the text.
 */
public final class NameAutomaton {
    private final TokenTable words;
    private final TokenTable titles;
    private final int[][] childKeys;
    private final int[][] childNodes;
    private final List<List<Name>> payloads;
    private final int maxDepth;
    /** The root's children indexed by word id directly: most words of a text stop there. */
    private final int[] rootChildren;

    private NameAutomaton(Builder b) {
        words = b.words;
        titles = b.titles;
        int n = b.children.size();
        childKeys = new int[n][];
        childNodes = new int[n][];
        for (int node = 0; node < n; node++) {
            freeze(node, b.children.get(node));
        }
        payloads = new ArrayList<>(n);
        for (List<Name> p : b.payloads) {
            payloads.add(List.copyOf(p));
        }
        maxDepth = b.maxDepth;
        rootChildren = new int[b.words.size()];
        Arrays.fill(rootChildren, -1);
        for (int k = 0; k < childKeys[0].length; k++) {
            rootChildren[childKeys[0][k]] = childNodes[0][k];
        }
    }

    private void freeze(int node, Map<Integer, Integer> kids) {
        int[] keys = kids.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        int[] nodes = new int[keys.length];
        for (int i = 0; i < keys.length; i++) {
            nodes[i] = kids.get(keys[i]);
        }
        childKeys[node] = keys;
        childNodes[node] = nodes;
    }

    /** Reports each longest name match of {@code text}, left to right, not overlapping. */
    public void scan(CharSequence text, Consumer<NameHit> sink) {
        Scratch scratch = SCRATCH.get();
        if (scratch.busy) {
            scan(text, sink, new Scratch());
            return;
        }
        scratch.busy = true;
        try {
            scan(text, sink, scratch);
        } finally {
            scratch.busy = false;
        }
    }

    /** Per-thread word buffers, so a scan allocates nothing per word; nested scans get their own. */
    private static final class Scratch {
        final WordSplit words = new WordSplit();
        int[] ids = new int[64];
        boolean busy;
    }

    private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

    private void scan(CharSequence text, Consumer<NameHit> sink, Scratch scratch) {
        WordSplit w = scratch.words;
        w.split(text);
        if (scratch.ids.length < w.count) {
            scratch.ids = new int[Math.max(w.count, 2 * scratch.ids.length)];
        }
        int[] ids = scratch.ids;
        for (int i = 0; i < w.count; i++) {
            ids[i] = wordId(text, w.starts[i], w.ends[i]);
        }
        scan(text, w, ids, sink);
    }

    /**
     * Reports each longest name match of a text already split into {@code words}, whose word
     * ids (see {@link #vocabulary()}, -1 for a word of no name, a possessive's id being its
     * stem's) a caller looked up once for several readers.
     */
    public void scan(CharSequence text, WordSplit words, int[] ids, Consumer<NameHit> sink) {
        int i = 0;
        while (i < words.count) {
            if (ids[i] < 0) {
                i++;
                continue;
            }
            i = matchAt(text, words, ids, i, sink);
        }
    }

    /** Every word of every name, case-folded, indexed by word id. */
    public List<String> vocabulary() {
        return words.keys();
    }

    /** The case-folding of a name word: lower case, a typographic apostrophe as {@code '}. */
    public static char fold(char c) {
        return TokenTable.fold(c);
    }

    private int matchAt(CharSequence text, WordSplit w, int[] ids, int first, Consumer<NameHit> sink) {
        int node = 0;
        int bestEnd = -1;
        int bestNode = -1;
        for (int i = first; i < w.count && i - first < maxDepth; i++) {
            if (i > first && !w.joined[i]) {
                break;
            }
            node = ids[i] < 0 ? -1 : child(node, ids[i]);
            if (node < 0) {
                break;
            }
            if (!payloads.get(node).isEmpty()) {
                bestEnd = i;
                bestNode = node;
            }
        }
        if (bestNode < 0) {
            return first + 1;
        }
        sink.accept(hit(text, w, first, bestEnd, payloads.get(bestNode)));
        return bestEnd + 1;
    }

    private NameHit hit(CharSequence text, WordSplit w, int first, int last, List<Name> names) {
        int start = w.starts[first];
        int end = w.ends[last];
        boolean capitalised = false;
        boolean upper = true;
        for (int i = first; i <= last; i++) {
            capitalised |= Character.isUpperCase(text.charAt(w.starts[i]));
        }
        for (int j = start; j < end; j++) {
            char c = text.charAt(j);
            upper &= !Character.isLowerCase(c);
        }
        boolean titled = first > 0 && w.joined[first]
                && titles.lookup(text, w.starts[first - 1], w.ends[first - 1]) >= 0;
        boolean initial = w.initial[first] && !titled;
        return new NameHit(start, end, names, capitalised, upper, initial, titled);
    }

    private int wordId(CharSequence text, int start, int end) {
        int id = words.lookup(text, start, end);
        if (id < 0 && end - start > 2 && (text.charAt(end - 1) == 's' || text.charAt(end - 1) == 'S')) {
            char apostrophe = text.charAt(end - 2);
            if (apostrophe == '\'' || apostrophe == '\u2019') {
                id = words.lookup(text, start, end - 2);
            }
        }
        return id;
    }

    private int child(int node, int word) {
        if (node == 0) {
            return word < rootChildren.length ? rootChildren[word] : -1;
        }
        int at = Arrays.binarySearch(childKeys[node], word);
        return at < 0 ? -1 : childNodes[node][at];
    }

    /** Collects phrases, then builds the automaton. */
    static final class Builder {
        private final TokenTable words = new TokenTable();
        private final TokenTable titles = new TokenTable();
        private final List<Map<Integer, Integer>> children = new ArrayList<>();
        private final List<List<Name>> payloads = new ArrayList<>();
        private final WordSplit split = new WordSplit();
        private int maxDepth = 1;

        Builder() {
            newNode();
        }

        Builder title(String word) {
            titles.intern(word);
            return this;
        }

        /** Adds {@code phrase} standing for {@code name}; returns the phrase's word count. */
        int add(String phrase, Name name) {
            split.split(phrase);
            if (split.count == 0) {
                return 0;
            }
            int node = 0;
            for (int i = 0; i < split.count; i++) {
                int id = words.intern(phrase.subSequence(split.starts[i], split.ends[i]));
                node = children.get(node).computeIfAbsent(id, k -> newNode());
            }
            if (!payloads.get(node).contains(name)) {
                payloads.get(node).add(name);
            }
            maxDepth = Math.max(maxDepth, split.count);
            return split.count;
        }

        private int newNode() {
            children.add(new HashMap<>());
            payloads.add(new ArrayList<>(1));
            return children.size() - 1;
        }

        NameAutomaton build() {
            return new NameAutomaton(this);
        }
    }
}
