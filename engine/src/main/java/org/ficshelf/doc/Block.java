package org.ficshelf.doc;

/** A block of a chapter: a paragraph of text or a scene break. */
public sealed interface Block permits Paragraph, SceneBreak {
    /** The source line the block starts on (1-based), for problems and evidence. */
    int line();
}
