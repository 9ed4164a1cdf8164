package org.ficshelf;

import java.util.Objects;

/** One entry of a footnote legend: its mark ("1", "*", "a") and its text. */
public record Footnote(String mark, String text) {
    public Footnote {
        Objects.requireNonNull(mark, "mark");
        Objects.requireNonNull(text, "text");
    }
}
