package org.ficshelf.format;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.ficshelf.Problem;
import org.ficshelf.doc.TextLine;
import org.jspecify.annotations.Nullable;

/**
 * A source file read by its format reader: the story's lines (site chrome, mail headers,
 * signatures already removed; inline markup of HTML as spans), and the metadata its container
 * stated outside the story text — an e-mail subject, an AO3 or FanFicFare metadata block —
 * keyed by the work record's {@code stated} keys ({@code title}, {@code author},
 * {@code rating}, {@code pairings}, {@code fandom}, {@code summary}...).
 *
 * @param format {@code text}, {@code html}, {@code email} or {@code epub}
 * @param part the part number a container gives ({@code (2/3)} in a subject), or null
 */
public record SourceDocument(String format, String encoding, double encodingConfidence,
        List<TextLine> lines, Map<String, String> metadata, List<String> metadataNotes,
        @Nullable PartNumber part, List<Problem> problems) {

    public SourceDocument {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
        lines = List.copyOf(lines);
        // insertion order: the record lists stated extras in the order the source gave them, the same in every run
        metadata = Collections.unmodifiableMap(new LinkedHashMap<>(metadata));
        metadataNotes = List.copyOf(metadataNotes);
        problems = List.copyOf(problems);
    }
}
