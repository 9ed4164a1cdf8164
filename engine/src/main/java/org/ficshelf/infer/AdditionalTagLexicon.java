package org.ficshelf.infer;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Freeform-tag knowledge: canonical spellings of tags ({@code tag-synonyms.tsv}, looked up by
 * whole list item) and tag cues worth finding inside prose ({@code tag-cues.tsv}, a phrase
 * trie), and list items that are no tags ({@code tag-ignored.tsv}). Loaded once, lazily; immutable afterwards.
 */
final class AdditionalTagLexicon {
    /** One tag cue: the tag it names, how surely, and whether it must match case or only counts in lists. */
    record TagCue(String tag, double confidence, List<String> words, boolean exactCase, boolean listOnly) {
    }

    private final Map<String, String> synonyms = new HashMap<>();
    private final CueVocabulary vocabulary = new CueVocabulary();
    private final CueTrie<TagCue> cues = new CueTrie<>();
    private final java.util.Set<String> ignored = new java.util.HashSet<>();

    private AdditionalTagLexicon() {
        for (String[] row : CueFiles.rows("tag-synonyms.tsv")) {
            synonyms.putIfAbsent(WarningVocabulary.normalize(row[0]), row[1].strip());
        }
        for (String[] row : CueFiles.rows("tag-cues.tsv")) {
            String flags = row.length > 3 ? row[3] : "";
            String phrase = row[0].strip();
            TagCue cue = new TagCue(row[1].strip(), Double.parseDouble(row[2].strip()),
                    CueLexicon.words(phrase),
                    flags.contains("exact"), flags.contains("list"));
            cues.put(CueLexicon.phraseIds(phrase, vocabulary), cue);
        }
        for (String[] row : CueFiles.rows("tag-ignored.tsv")) {
            ignored.add(WarningVocabulary.normalize(row[0]));
        }
    }

    static AdditionalTagLexicon get() {
        return Holder.INSTANCE;
    }

    /** The canonical tag for a whole item ("h/c", "Humour", "post-Chosen"), or null. */
    @Nullable
    String canonical(String item) {
        String tag = synonyms.get(WarningVocabulary.normalize(item));
        return tag == null ? null : withoutFandom(tag);
    }

    /** "POV Spike (BtVS)" as "POV Spike": the record's names leave out AO3's fandom disambiguation. */
    private static String withoutFandom(String tag) {
        int open = tag.lastIndexOf(" (");
        return open > 0 && tag.endsWith(")") ? tag.substring(0, open) : tag;
    }

    /** Whether a tag-list item is no tag at all ("Fanworks", "Fanfiction"). */
    boolean ignored(String item) {
        return ignored.contains(WarningVocabulary.normalize(item));
    }

    CueVocabulary vocabulary() {
        return vocabulary;
    }

    CueTrie<TagCue> cues() {
        return cues;
    }

    private static final class Holder {
        static final AdditionalTagLexicon INSTANCE = new AdditionalTagLexicon();
    }
}
