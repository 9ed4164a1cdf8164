package org.ficshelf.doc;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * An inline span over a text: {@code [start, end)} in UTF-16 offsets of the text it belongs to.
 * {@code mark} is set for footnote references only.
 */
public record Span(int start, int end, SpanKind kind, @Nullable String mark) {

    public Span {
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public static Span of(int start, int end, SpanKind kind) {
        return new Span(start, end, kind, null);
    }

    /** This span moved by {@code delta} characters. */
    public Span shift(int delta) {
        return new Span(start + delta, end + delta, kind, mark);
    }
}
