package org.ficshelf;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where a value of the work record came from. */
public enum Provenance {
    /** The author said it (a header, a subject line, a metadata block). */
    STATED,
    /** The engine read it from the text. */
    INFERRED,
    /** Nothing told; a policy filled it in. */
    DEFAULT,
    /** An archivist's correction; outranks the others. */
    CORRECTED;

    @JsonValue
    public String json() {
        return name().toLowerCase(Locale.ROOT);
    }
}
