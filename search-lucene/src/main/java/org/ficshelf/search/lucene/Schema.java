package org.ficshelf.search.lucene;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.util.BytesRef;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/**
 * The index's document schema: which field holds what, how it is indexed, and how a work
 * becomes a document. Bump {@link #VERSION} when a change needs the index rebuilt.
 */
final class Schema {
    static final String VERSION = "4";
    static final String VERSION_KEY = "ficshelf.index.schema";

    static final String ID = "id";
    static final String TITLE = "title";
    static final String AUTHOR = "author";
    static final String SUMMARY = "summary";
    static final String NOTES = "notes";
    static final String TEXT = "text";
    static final String WORDS = "words";
    static final String ADDED = "added";
    static final String LANGUAGE = "language";
    static final String COMPLETE = "complete";
    static final String CROSSOVER = "crossover";
    static final String TITLE_SORT = "sort.title";
    static final String AUTHOR_SORT = "sort.author";
    /** Doc values with what a hit shows besides its snippets: title and authors ({@link HitLabels}). */
    static final String HIT = "hit";
    /** Doc values: where every few token positions of the stored opening start ({@link TextMarks}). */
    static final String TEXT_MARKS = "text.marks";

    /** Fields analyzed as names rather than prose. */
    static final Set<String> NAME_FIELDS = nameFields();

    /**
     * Characters of a work's story text stored for snippets (from its start, cut at a space). The
     * index keeps positions but neither offsets (they would cost a third more index) nor the whole
     * text: a snippet analyzes again the part of this opening around the first match, placed by
     * {@link TextMarks}. The catalog's originals hold the full text.
     */
    static final int SNIPPET_CHARS = 10_000;

    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final int SORT_KEY_MAX = 200;
    /** Longest tag value kept: a hostile header must not make an oversized index term. */
    static final int TAG_MAX = 500;

    private final Analyzer names;
    private final FacetsConfig facets;

    Schema(Analyzer names) {
        this.names = names;
        this.facets = facetsConfig();
    }

    /** The analyzed field that holds one type of tag. */
    static String tagField(TagType type) {
        return "tag." + type.key();
    }

    /** The field that holds one type of tag as exact, case-folded keys, for filters. */
    static String keyField(TagType type) {
        return "key." + type.key();
    }

    FacetsConfig facets() {
        return facets;
    }

    /** The key a tag value is filtered by: spaces collapsed, case, diacritics and apostrophes folded. */
    BytesRef key(String field, String value) {
        return names.normalize(field, SPACES.matcher(value.strip()).replaceAll(" "));
    }

    Document toDocument(IndexedWork w) throws java.io.IOException {
        Document d = new Document();
        String id = Long.toString(w.id());
        d.add(new StringField(ID, id, Field.Store.NO));
        d.add(new NumericDocValuesField(ID, w.id()));
        d.add(new StoredField(ID, w.id()));
        addTitle(d, w.title());
        addAuthors(d, w.authors());
        d.add(new BinaryDocValuesField(HIT, HitLabels.encode(w.title(), w.authors())));
        addProse(d, SUMMARY, w.summary() == null ? List.of() : List.of(w.summary()));
        addProse(d, NOTES, w.notes());
        addText(d, w.chapters());
        for (TagType type : TagType.values()) {
            addTags(d, type, w.tags(type));
        }
        addNumbers(d, w);
        return facets.build(d);
    }

    private static void addTitle(Document d, @Nullable String title) {
        if (title == null || title.isBlank()) {
            return;
        }
        d.add(new TextField(TITLE, title, Field.Store.NO));
        d.add(new SortedDocValuesField(TITLE_SORT, sortKey(title)));
    }

    private static void addAuthors(Document d, List<String> authors) {
        for (String a : authors) {
            d.add(new TextField(AUTHOR, a, Field.Store.NO));
        }
        if (!authors.isEmpty()) {
            d.add(new SortedDocValuesField(AUTHOR_SORT, sortKey(authors.get(0))));
        }
    }

    /**
     * Every chapter indexed; the opening chapters stored, up to {@link #SNIPPET_CHARS} in all,
     * with the marks that place token positions in them.
     */
    private static void addText(Document d, List<String> chapters) {
        int budget = SNIPPET_CHARS;
        for (String chapter : chapters) {
            d.add(new TextField(TEXT, chapter, Field.Store.NO));
        }
        List<String> stored = new ArrayList<>();
        for (String chapter : chapters) {
            if (budget <= 0) {
                break;
            }
            String kept = opening(chapter, budget);
            d.add(new StoredField(TEXT, kept));
            stored.add(kept);
            budget -= kept.length() + 1;
        }
        if (!stored.isEmpty()) {
            d.add(new BinaryDocValuesField(TEXT_MARKS, TextMarks.encode(stored)));
        }
    }

    /** At most {@code max} characters from the start of {@code text}, cut after a space when one is near. */
    static String opening(String text, int max) {
        if (text.length() <= max) {
            return text;
        }
        int cut = max;
        int floor = Math.max(0, max - 200);
        while (cut > floor && !Character.isWhitespace(text.charAt(cut - 1))) {
            cut--;
        }
        if (cut == floor) {
            cut = max;
        }
        if (Character.isLowSurrogate(text.charAt(cut)) && cut > 0) {
            cut--;
        }
        return text.substring(0, cut);
    }

    private static void addProse(Document d, String field, List<String> values) {
        for (String v : values) {
            d.add(new TextField(field, v, Field.Store.NO));
        }
    }

    private void addTags(Document d, TagType type, List<String> values) {
        for (String v : values) {
            String clean = cleanTag(v);
            if (clean.isEmpty()) {
                continue;
            }
            d.add(new TextField(tagField(type), clean, Field.Store.NO));
            d.add(new StringField(keyField(type), key(keyField(type), clean), Field.Store.NO));
            d.add(new SortedSetDocValuesFacetField(type.key(), clean));
        }
    }

    private static void addNumbers(Document d, IndexedWork w) {
        d.add(new IntPoint(WORDS, w.words()));
        d.add(new NumericDocValuesField(WORDS, w.words()));
        long added = w.added().toEpochMilli();
        d.add(new LongPoint(ADDED, added));
        d.add(new NumericDocValuesField(ADDED, added));
        if (w.language() != null) {
            d.add(new StringField(LANGUAGE, w.language().toLowerCase(Locale.ROOT), Field.Store.NO));
        }
        if (w.complete() != null) {
            d.add(new StringField(COMPLETE, w.complete().toString(), Field.Store.NO));
        }
        d.add(new StringField(CROSSOVER, Boolean.toString(w.crossover()), Field.Store.NO));
    }

    /** A tag value fit for a facet label: no control characters (the facet path separator is one). */
    static String cleanTag(String value) {
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            out.append(Character.isISOControl(c) ? ' ' : c);
        }
        String clean = SPACES.matcher(out).replaceAll(" ").strip();
        return clean.length() > TAG_MAX ? clean.substring(0, TAG_MAX).strip() : clean;
    }

    /** A title or name as it sorts: accents and case folded, leading punctuation dropped. */
    static BytesRef sortKey(String value) {
        String folded = MARKS.matcher(Normalizer.normalize(value, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        int start = 0;
        while (start < folded.length() && !Character.isLetterOrDigit(folded.charAt(start))) {
            start++;
        }
        String key = folded.substring(start);
        return new BytesRef(key.length() > SORT_KEY_MAX ? key.substring(0, SORT_KEY_MAX) : key);
    }

    private static Set<String> nameFields() {
        List<String> out = new ArrayList<>();
        out.add(AUTHOR);
        for (TagType t : TagType.values()) {
            out.add(tagField(t));
            out.add(keyField(t));
        }
        return Set.copyOf(out);
    }

    private static FacetsConfig facetsConfig() {
        FacetsConfig config = new FacetsConfig();
        for (TagType t : TagType.values()) {
            config.setMultiValued(t.key(), !t.singleValued());
        }
        return config;
    }
}
