package org.ficshelf.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.ficshelf.Problem;
import org.ficshelf.doc.Document;
import org.jspecify.annotations.Nullable;

/**
 * What parse found in a source: the front matter as stated (title, authors, summary, the
 * author's words per header key), notes, the footnote legend, the body as a document, what
 * the text says of completeness, provenance of each value, and positioned problems.
 *
 * @param stated the author's words verbatim per canonical key ({@code rating},
 *        {@code pairings}, {@code warnings}, {@code spoilers}, {@code disclaimer},
 *        {@code feedback}, {@code archive}, {@code setting}, {@code pov}, and any other key
 *        found, e.g. {@code fandom}, {@code characters}, {@code category}, {@code keywords});
 *        the standard keys are present with null when absent. Insertion-ordered.
 * @param complete true for an end marker ("The End", "-fin-"), false for "TBC" or a part
 *        number short of the total, null when the text does not tell
 * @param fields provenance for {@code title}, {@code authors}, {@code summary},
 *        {@code complete}, {@code chapters} and any stated value worth explaining
 */
public record ParsedWork(@Nullable String title, List<String> authors, @Nullable String summary,
        Map<String, @Nullable String> stated, List<String> notes, List<Footnote> footnotes,
        Document body, @Nullable Boolean complete, Map<String, FieldInfo> fields,
        List<Problem> problems) {

    /** The stated keys every record carries, null when the author did not state them. */
    public static final List<String> STANDARD_STATED_KEYS = List.of("rating", "pairings", "warnings",
            "spoilers", "disclaimer", "feedback", "archive", "setting", "pov");

    public ParsedWork {
        authors = List.copyOf(authors);
        Map<String, @Nullable String> copy = new LinkedHashMap<>();
        for (String key : STANDARD_STATED_KEYS) {
            copy.put(key, null);
        }
        copy.putAll(stated);
        stated = Collections.unmodifiableMap(copy);
        notes = List.copyOf(notes);
        footnotes = List.copyOf(footnotes);
        Objects.requireNonNull(body, "body");
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
        problems = List.copyOf(problems);
    }
}
