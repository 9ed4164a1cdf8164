package org.ficshelf.export;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.Footnote;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;

/**
 * The footnotes of a work: their numbers (1..n in legend order; the first entry with a mark wins)
 * and the chapter holding each one's first reference, or -1 when the body never refers to it.
 */
final class NoteIndex {
    private final List<Footnote> notes;
    private final Map<String, Integer> numbers = new HashMap<>();
    private final int[] firstChapter;

    NoteIndex(List<Footnote> notes, Document body) {
        this.notes = notes;
        for (int i = 0; i < notes.size(); i++) {
            numbers.putIfAbsent(notes.get(i).mark(), i + 1);
        }
        firstChapter = new int[notes.size() + 1];
        Arrays.fill(firstChapter, -1);
        List<Chapter> chapters = body.chapters();
        for (int c = chapters.size() - 1; c >= 0; c--) {
            markChapter(chapters.get(c), c);
        }
    }

    private void markChapter(Chapter chapter, int index) {
        for (Block block : chapter.blocks()) {
            if (block instanceof Paragraph p) {
                for (Span s : InlineHtml.references(p)) {
                    int n = number(s);
                    if (n > 0) {
                        firstChapter[n] = index;
                    }
                }
            }
        }
    }

    /** The number of the footnote a span refers to, 0 when it is not a reference to a known note. */
    int number(Span span) {
        if (span.kind() != SpanKind.FOOTNOTE_REF || span.mark() == null) {
            return 0;
        }
        return numbers.getOrDefault(span.mark(), 0);
    }

    List<Footnote> notes() {
        return notes;
    }

    /** Footnote {@code n}'s mark as escaped text for display; its number when the mark is blank. */
    String label(int n) {
        String mark = notes.get(n - 1).mark();
        return mark.isBlank() ? Integer.toString(n) : Xml.text(mark.strip());
    }

    /** The chapter of the first reference to footnote {@code n}, or -1. */
    int firstChapter(int n) {
        return firstChapter[n];
    }
}
