package org.ficshelf.doc;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** A chapter of the body: its heading as written (null for an unheaded single chapter), its blocks. */
public record Chapter(@Nullable String title, List<Block> blocks) {
    public Chapter {
        blocks = List.copyOf(blocks);
    }
}
