package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.junit.jupiter.api.Test;

/** A 500,000-word work exports in every format within the test heap (512 MB). */
class LargeWorkTest {
    private static final int CHAPTERS = 50;
    private static final int PARAGRAPHS = 200;
    private static final int WORDS = 50;

    /** Counts the bytes written to it and keeps none. */
    private static final class Counter extends OutputStream {
        long bytes;

        @Override
        public void write(int b) {
            bytes++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            bytes += len;
        }
    }

    private static Work largeWork() {
        List<Chapter> chapters = new ArrayList<>();
        for (int c = 0; c < CHAPTERS; c++) {
            List<Block> blocks = new ArrayList<>();
            for (int p = 0; p < PARAGRAPHS; p++) {
                String text = ("word" + p + " ").repeat(WORDS).strip();
                blocks.add(new Paragraph(text, List.of(Span.of(0, 5, SpanKind.EMPHASIS),
                        new Span(text.length() - 1, text.length(), SpanKind.FOOTNOTE_REF, "1")), p));
            }
            chapters.add(new Chapter("Chapter " + c, blocks));
        }
        Work small = TestWorks.work("Big", List.of(new Footnote("1", "note")), List.of());
        return new Work(small.record(), new org.ficshelf.doc.Document(chapters));
    }

    @Test
    void exportsHalfAMillionWordsInEveryFormat() throws IOException {
        Work work = largeWork();
        Counter epub = new Counter();
        EpubWriter.write(work, epub, Instant.EPOCH);
        Counter html = new Counter();
        HtmlExport.write(work, html);
        Counter txt = new Counter();
        TxtExport.write(work, txt);
        assertThat(txt.bytes).isGreaterThan((long) CHAPTERS * PARAGRAPHS * WORDS * 5);
        assertThat(html.bytes).isGreaterThan(txt.bytes);
        assertThat(epub.bytes).isPositive().isLessThan(html.bytes);
    }
}
