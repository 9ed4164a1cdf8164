package org.ficshelf.parse;

import java.util.List;
import org.ficshelf.doc.TextLine;

/** A piece of the body as the line reader sees it, before chapters are assembled. */
sealed interface BodyUnit {
    int line();

    /** Consecutive text lines: one paragraph, a verse when {@code verse}. */
    record Text(List<TextLine> lines, boolean verse) implements BodyUnit {
        public int line() {
            return lines.getFirst().number();
        }
    }

    /** A scene-break row or a run of blank lines ({@code marker} empty). */
    record Break(String marker, int line) implements BodyUnit {
    }

    /** A chapter heading line. */
    record Heading(ChapterHeading heading, int line) implements BodyUnit {
    }

    /** The mail or news header of a further post in the same file; its subject, or empty. */
    record Post(String subject, int line) implements BodyUnit {
    }

    /** A line telling completeness. */
    record End(EndMatter end, int line) implements BodyUnit {
    }
}
