package org.ficshelf.decode;

import java.util.List;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.TextLine;

/**
 * Finds ellipses lost in a charset conversion ("he smelled.blood", "Isn't this.this isn't"),
 * reports each as a {@code lost-ellipsis} problem with its line and column, and restores them.
 */
public final class LostEllipsis {
    private LostEllipsis() {
    }

    /** The lines with lost ellipses restored; one problem per repair. */
    public static List<TextLine> repair(List<TextLine> lines, ProblemList problems) {
        return lines; // placeholder until the decode stage lands
    }
}
