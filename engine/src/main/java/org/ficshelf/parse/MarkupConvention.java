package org.ficshelf.parse;

import org.ficshelf.doc.SpanKind;

/** One inline markup convention: the opening and closing delimiters and what they mark. */
record MarkupConvention(String open, String close, SpanKind kind) {
    boolean symmetric() {
        return open.equals(close);
    }
}
