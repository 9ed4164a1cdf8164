package org.ficshelf.doc;

import java.util.List;
import java.util.Objects;

/**
 * A paragraph: its text with markup delimiters removed ({@code /thought/} becomes
 * {@code thought} with a THOUGHT span), and its spans sorted by start. Lines of a wrapped
 * paragraph are joined with single spaces; a verse or lyric line break is kept as {@code \n}.
 */
public record Paragraph(String text, List<Span> spans, int line) implements Block {

    public Paragraph {
        Objects.requireNonNull(text, "text");
        spans = List.copyOf(spans);
        for (Span s : spans) {
            if (s.end() > text.length()) {
                throw new IllegalArgumentException("span " + s + " past the end of a paragraph of "
                        + text.length() + " chars");
            }
        }
    }

    public static Paragraph plain(String text, int line) {
        return new Paragraph(text, List.of(), line);
    }
}
