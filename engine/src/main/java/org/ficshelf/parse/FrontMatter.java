package org.ficshelf.parse;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.jspecify.annotations.Nullable;

/**
 * What the front matter of a text states: title, authors, summary, the author's words per
 * key, notes and footnote legend, provenance, and where the story lines begin.
 *
 * @param bodyStart index in the source's line list of the first line after the front matter
 * @param mailSubject the Subject of a mail header block found at the top of the text, or null
 * @param mailFrom the From of that block, or null
 */
record FrontMatter(@Nullable String title, List<String> authors, @Nullable String summary,
        Map<String, String> stated, List<String> notes, List<Footnote> footnotes,
        Map<String, FieldInfo> fields, int bodyStart, @Nullable String mailSubject,
        @Nullable String mailFrom) {

    FrontMatter {
        authors = List.copyOf(authors);
        stated = Collections.unmodifiableMap(new LinkedHashMap<>(stated));
        notes = List.copyOf(notes);
        footnotes = List.copyOf(footnotes);
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
    }
}
