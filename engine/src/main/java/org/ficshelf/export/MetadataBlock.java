package org.ficshelf.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.ficshelf.FieldInfo;
import org.ficshelf.Provenance;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/**
 * A work's AO3-style metadata block as data: rating, archive warnings, categories, fandoms,
 * relationships, characters, additional tags, language, words, chapters ("2/2", or "2/?" while
 * unfinished), complete, then summary and notes, each entry with where its value came from.
 * Entries without a value are left out. Renderers mark {@link Entry#inferred()} values as such.
 */
public record MetadataBlock(List<Entry> entries) {

    /** Keys of the entries that are the block proper (summary and notes are shown apart). */
    private static final List<String> LONG_TEXT = List.of("summary", "notes");

    /**
     * One entry: its record field name ({@code key}), its AO3 label, its display values and the
     * provenance of the record field (confidence and evidence).
     */
    public record Entry(String key, String label, List<String> values, FieldInfo source) {
        public Entry {
            Objects.requireNonNull(key, "key");
            Objects.requireNonNull(label, "label");
            values = List.copyOf(values);
            Objects.requireNonNull(source, "source");
        }

        /** Whether the engine inferred or defaulted the value rather than finding it stated. */
        public boolean inferred() {
            return source.from() == Provenance.INFERRED || source.from() == Provenance.DEFAULT;
        }

        /** Whether this is a long text (summary, notes) rather than a tag list or a stat. */
        public boolean longText() {
            return LONG_TEXT.contains(key);
        }
    }

    public MetadataBlock {
        entries = List.copyOf(entries);
    }

    /** The block of a record, in AO3's order. */
    public static MetadataBlock of(WorkRecord r) {
        Builder b = new Builder(r.fields());
        b.add("rating", "Rating", r.rating() == null ? List.of() : List.of(r.rating()));
        b.add("warnings", plural(r.warnings(), "Archive Warning"), r.warnings());
        b.add("categories", plural(r.categories(), "Category", "Categories"), r.categories());
        b.add("fandoms", plural(r.fandoms(), "Fandom"), r.fandoms());
        b.add("relationships", plural(r.relationships(), "Relationship"), r.relationships());
        b.add("characters", plural(r.characters(), "Character"), r.characters());
        b.add("tags", "Additional Tags", r.tags());
        b.add("language", "Language", language(r.language()));
        b.add("words", "Words", List.of(String.format(Locale.ROOT, "%,d", r.words())));
        int chapters = Math.max(1, r.chapters().size());
        String total = Boolean.TRUE.equals(r.complete()) ? Integer.toString(chapters) : "?";
        b.add("chapters", "complete", "Chapters", List.of(chapters + "/" + total));
        b.add("complete", "Complete",
                List.of(r.complete() == null ? "Unknown" : r.complete() ? "Yes" : "No"));
        b.add("summary", "Summary",
                r.summary() == null || r.summary().isBlank() ? List.of() : List.of(r.summary()));
        b.add("notes", "Notes", r.notes());
        return new MetadataBlock(b.entries);
    }

    /** The entry for a record field, if the block has one. */
    public @Nullable Entry entry(String key) {
        for (Entry e : entries) {
            if (e.key().equals(key)) {
                return e;
            }
        }
        return null;
    }

    /** The block proper: the entries that are not long texts. */
    public List<Entry> tagsAndStats() {
        return entries.stream().filter(e -> !e.longText()).toList();
    }

    private static String plural(List<String> values, String one) {
        return plural(values, one, one + "s");
    }

    private static String plural(List<String> values, String one, String many) {
        return values.size() > 1 ? many : one;
    }

    /** The language's English name ("English" for {@code en}), or the tag itself when unknown. */
    private static List<String> language(@Nullable String tag) {
        if (tag == null || tag.isBlank() || tag.equals("und")) {
            return List.of();
        }
        String name = Locale.forLanguageTag(tag).getDisplayLanguage(Locale.ENGLISH);
        return List.of(name.isBlank() ? tag : name);
    }

    /** Collects non-empty entries with their field's provenance. */
    private static final class Builder {
        private final Map<String, FieldInfo> fields;
        private final List<Entry> entries = new ArrayList<>();

        Builder(Map<String, FieldInfo> fields) {
            this.fields = fields;
        }

        void add(String key, String label, List<String> values) {
            add(key, key, label, values);
        }

        /** Adds entry {@code key} with the provenance of record field {@code field}. */
        void add(String key, String field, String label, List<String> values) {
            List<String> kept = values.stream().filter(v -> v != null && !v.isBlank()).toList();
            if (!kept.isEmpty()) {
                FieldInfo info = fields.get(field);
                entries.add(
                        new Entry(key, label, kept, info == null ? FieldInfo.stated(1.0, List.of()) : info));
            }
        }
    }
}
