package org.ficshelf;

import java.util.Objects;
import org.ficshelf.doc.Document;

/** A work as read from a file: its record (the JSON contract) and its body document. */
public record Work(WorkRecord record, Document body) {
    public Work {
        Objects.requireNonNull(record, "record");
        Objects.requireNonNull(body, "body");
    }
}
