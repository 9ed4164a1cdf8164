package org.ficshelf.doc;

/** The kinds of inline span the body document knows. */
public enum SpanKind {
    /** A character's thought: declared or conventional {@code /thought/}, or HTML italics read so. */
    THOUGHT,
    /** Emphasis: {@code *word*}, HTML {@code <em>}/{@code <i>}. */
    EMPHASIS,
    /** Strong emphasis: HTML {@code <b>}/{@code <strong>}, {@code **word**}. */
    STRONG,
    /** Underline: {@code _word_}, HTML {@code <u>}. */
    UNDERLINE,
    /** A footnote marker; the span's {@code mark} names the legend entry. */
    FOOTNOTE_REF
}
