package org.ficshelf.doc;

import java.util.Objects;

/** A scene break inside a chapter ({@code * * *}, {@code ~~~}, a rule, a run of blank lines). */
public record SceneBreak(String marker, int line) implements Block {
    public SceneBreak {
        Objects.requireNonNull(marker, "marker");
    }
}
