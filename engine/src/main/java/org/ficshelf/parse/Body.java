package org.ficshelf.parse;

import java.util.List;
import java.util.Objects;
import org.ficshelf.Footnote;
import org.ficshelf.doc.Document;
import org.ficshelf.format.PartNumber;
import org.jspecify.annotations.Nullable;

/**
 * What {@link BodyParser} found in the story lines after the front matter.
 *
 * @param document chapters → blocks → spans; notes, end markers, legends and signatures are not in it
 * @param notes author's notes found mid-text or at the end, label removed, in order
 * @param footnotes footnote legend entries found at the end of the text
 * @param complete true for an end marker ("The End", "-fin-"), false for "TBC"/"to be
 *        continued", null when the body does not tell
 * @param completeEvidence the words that decided {@code complete} ("line 88: The End"), empty if none
 * @param part the highest part heading seen with its total ("Part 2 of 3"), or null
 */
public record Body(Document document, List<String> notes, List<Footnote> footnotes,
        @Nullable Boolean complete,
        List<String> completeEvidence, @Nullable PartNumber part) {
    public Body {
        Objects.requireNonNull(document, "document");
        notes = List.copyOf(notes);
        footnotes = List.copyOf(footnotes);
        completeEvidence = List.copyOf(completeEvidence);
    }
}
