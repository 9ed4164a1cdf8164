package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.List;

/**
 * The content cue lexicon ({@code content-cues.tsv}): a vocabulary of words and a trie of cue
 * phrases over them. Loaded once, lazily, on first use; immutable afterwards, so thread-safe.
 */
final class CueLexicon {
    private final CueVocabulary vocabulary = new CueVocabulary();
    private final CueTrie<Cue> trie = new CueTrie<>();

    private CueLexicon(List<String[]> rows) {
        for (String[] row : rows) {
            if (row.length >= 3) {
                Cue cue = new Cue(CueCategory.fromData(row[0]), Double.parseDouble(row[1].strip()),
                        row[2].strip());
                trie.put(phraseIds(cue.phrase(), vocabulary), cue);
            }
        }
    }

    /** The lexicon from the bundled data file. */
    static CueLexicon get() {
        return Holder.INSTANCE;
    }

    CueVocabulary vocabulary() {
        return vocabulary;
    }

    CueTrie<Cue> trie() {
        return trie;
    }

    /** The word ids of a phrase, tokenized as the text is: hyphens and slashes break words. */
    static int[] phraseIds(String phrase, CueVocabulary vocabulary) {
        List<String> words = words(phrase);
        int[] ids = new int[words.size()];
        for (int i = 0; i < ids.length; i++) {
            ids[i] = vocabulary.intern(words.get(i));
        }
        return ids;
    }

    /** The words of a phrase as the tokenizer would cut them, trailing 's dropped. */
    static List<String> words(String phrase) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        for (int i = 0; i <= phrase.length(); i++) {
            char c = i < phrase.length() ? phrase.charAt(i) : ' ';
            boolean inner = (c == '\'' || c == '\u2019') && word.length() > 0 && i + 1 < phrase.length()
                    && Character.isLetterOrDigit(phrase.charAt(i + 1));
            if (Character.isLetterOrDigit(c) || inner) {
                word.append(c);
            } else if (word.length() > 0) {
                words.add(dropPossessive(word.toString()));
                word.setLength(0);
            }
        }
        return words;
    }

    private static String dropPossessive(String word) {
        int n = word.length();
        if (n > 2 && (word.charAt(n - 2) == '\'' || word.charAt(n - 2) == '\u2019')
                && CueVocabulary.fold(word.charAt(n - 1)) == 's') {
            return word.substring(0, n - 2);
        }
        return word;
    }

    private static final class Holder {
        static final CueLexicon INSTANCE = new CueLexicon(CueFiles.rows("content-cues.tsv"));
    }
}
