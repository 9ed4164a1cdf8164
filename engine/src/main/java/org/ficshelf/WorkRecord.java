package org.ficshelf;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The work record: what Ficshelf knows about one work, in the shape of the JSON contract
 * ({@code spec/work-json.md}). Field names and vocabularies are fixed; fields may be added.
 *
 * <p>{@code stated} keeps the author's words verbatim (a key maps to null when the usual header
 * field was absent); {@code fields} says for each value whether it was stated, inferred or
 * defaulted, with confidence and evidence.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"source", "title", "authors", "summary", "fandoms", "rating", "contentRating",
        "warnings", "categories", "relationships", "characters", "tags", "language", "words", "complete",
        "pov", "chapters", "notes", "footnotes", "stated", "fields", "problems"})
public record WorkRecord(
        SourceInfo source,
        @Nullable String title,
        List<String> authors,
        @Nullable String summary,
        List<String> fandoms,
        @Nullable String rating,
        @Nullable String contentRating,
        List<String> warnings,
        List<String> categories,
        List<String> relationships,
        List<String> characters,
        List<String> tags,
        @Nullable String language,
        int words,
        @Nullable Boolean complete,
        @Nullable String pov,
        List<ChapterInfo> chapters,
        List<String> notes,
        List<Footnote> footnotes,
        Map<String, @Nullable String> stated,
        Map<String, FieldInfo> fields,
        List<Problem> problems) {

    public WorkRecord {
        Objects.requireNonNull(source, "source");
        authors = List.copyOf(authors);
        fandoms = List.copyOf(fandoms);
        warnings = List.copyOf(warnings);
        categories = List.copyOf(categories);
        relationships = List.copyOf(relationships);
        characters = List.copyOf(characters);
        tags = List.copyOf(tags);
        chapters = List.copyOf(chapters);
        notes = List.copyOf(notes);
        footnotes = List.copyOf(footnotes);
        problems = List.copyOf(problems);
        // stated may hold nulls and must keep its order: copied by the builder, not here.
        Objects.requireNonNull(stated, "stated");
        Objects.requireNonNull(fields, "fields");
    }
}
