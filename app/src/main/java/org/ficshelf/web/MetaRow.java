package org.ficshelf.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.ficshelf.FieldInfo;
import org.ficshelf.Provenance;
import org.ficshelf.WorkRecord;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/**
 * One row of a work's metadata block: its label, its values (tag links where the value is a
 * tag), and, when the engine inferred the value or filled in a default rather than read it
 * stated, that provenance with its confidence and evidence, so that the page marks it.
 *
 * @param key the record field, also the row's id suffix ({@code rating})
 * @param marker "inferred" or "default" when the value was not stated, else null
 */
public record MetaRow(String key, String label, List<Value> values, @Nullable String marker,
        String confidence, List<String> evidence) {

    /** Most evidence lines shown, and the longest shown whole. */
    static final int MAX_EVIDENCE = 6;
    static final int MAX_EVIDENCE_CHARS = 240;

    public MetaRow {
        values = List.copyOf(values);
        evidence = List.copyOf(evidence);
    }

    /** A value of the row: its text, and the tag page it links to (null for plain values). */
    public record Value(String text, @Nullable String href) {
    }

    /** The rows of AO3's metadata block for {@code r}, leaving out empty tag rows. */
    static List<MetaRow> of(WorkRecord r) {
        List<MetaRow> rows = new ArrayList<>();
        rows.add(row(r, "rating", "Rating", tags(TagType.RATING, List.of(Blurb.rating(r)))));
        addTags(rows, r, "warnings", "Archive Warnings", TagType.WARNING, r.warnings());
        addTags(rows, r, "categories", "Categories", TagType.CATEGORY, r.categories());
        addTags(rows, r, "fandoms", "Fandoms", TagType.FANDOM, r.fandoms());
        addTags(rows, r, "relationships", "Relationships", TagType.RELATIONSHIP, r.relationships());
        addTags(rows, r, "characters", "Characters", TagType.CHARACTER, r.characters());
        addTags(rows, r, "tags", "Additional Tags", TagType.FREEFORM, r.tags());
        String language = r.language();
        if (language != null && !language.isBlank()) {
            rows.add(row(r, "language", "Language", List.of(new Value(language, null))));
        }
        rows.add(row(r, "words", "Words", List.of(new Value(Blurb.number(r.words()), null))));
        rows.add(row(r, "chapters", "Chapters", List.of(new Value(Blurb.chapters(r), null))));
        rows.add(row(r, "complete", "Status", List.of(new Value(Blurb.completeness(r.complete()), null))));
        return rows;
    }

    private static void addTags(List<MetaRow> rows, WorkRecord r, String key, String label, TagType type,
            List<String> values) {
        if (!values.isEmpty()) {
            rows.add(row(r, key, label, tags(type, values)));
        }
    }

    private static List<Value> tags(TagType type, List<String> values) {
        return values.stream().map(v -> new Value(v, Urls.tag(type, v))).toList();
    }

    private static MetaRow row(WorkRecord r, String key, String label, List<Value> values) {
        FieldInfo info = r.fields().get(key);
        if (info == null || info.from() == Provenance.STATED || info.from() == Provenance.CORRECTED) {
            return new MetaRow(key, label, values, null, "", List.of());
        }
        String confidence = String.format(Locale.ROOT, "%.0f%%", info.confidence() * 100);
        List<String> evidence = info.evidence().stream().limit(MAX_EVIDENCE).map(MetaRow::clip).toList();
        return new MetaRow(key, label, values, info.from().json(), confidence, evidence);
    }

    private static String clip(String s) {
        return s.length() <= MAX_EVIDENCE_CHARS ? s : s.substring(0, MAX_EVIDENCE_CHARS) + "\u2026";
    }
}
