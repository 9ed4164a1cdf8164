package org.ficshelf.doc;

import java.util.List;

/** The story body as a document: chapters of blocks of inline-spanned text. */
public record Document(List<Chapter> chapters) {

    public Document {
        chapters = List.copyOf(chapters);
    }

    public static Document empty() {
        return new Document(List.of());
    }
}
