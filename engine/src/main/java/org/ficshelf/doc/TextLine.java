package org.ficshelf.doc;

import java.util.List;
import java.util.Objects;

/**
 * One line of a source's text as the parser sees it: its 1-based line number in the decoded
 * source (for problem positions), the text without line terminator, and the inline spans the
 * source format already marked (HTML {@code <i>}, {@code <b>}); plain text has none.
 */
public record TextLine(int number, String text, List<Span> spans) {

    public TextLine {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
    }

    public static TextLine plain(int number, String text) {
        return new TextLine(number, text, List.of());
    }

    public boolean isBlank() {
        return text.isBlank();
    }
}
