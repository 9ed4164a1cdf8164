package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.export.TestWorks.chapter;
import static org.ficshelf.export.TestWorks.withRef;

import java.util.List;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.junit.jupiter.api.Test;

class TxtExportTest {

    @Test
    void writesFrontMatterChaptersSceneBreaksAndFootnotes() {
        Paragraph marked = new Paragraph("I think so, she said loudly.",
                List.of(Span.of(0, 10, SpanKind.THOUGHT),
                        Span.of(21, 27, SpanKind.EMPHASIS)),
                3);
        Work work = TestWorks.work("Tea", List.of(new Footnote("1", "A song.")),
                List.of(chapter("Part One", marked, TestWorks.sceneBreak(), withRef("\"Sing.\"", "1", "1")),
                        chapter(null, Paragraph.plain("line one\nline two", 9))));
        String expected = """
                Tea
                by Tea, Second Tea

                Rating: Mature
                Archive Warning: No Archive Warnings Apply
                Category: Gen
                Fandom: Tea (inferred)
                Relationship: Tea/Other
                Character: Tea
                Additional Tags: Tea
                Language: English
                Words: 1,234
                Chapters: 2/2
                Complete: Yes

                Summary:
                Tea

                Notes:
                Tea

                another note


                Part One

                /I think so/, she said *loudly*.

                @BREAK@

                "Sing."[1]


                Chapter 2

                line one
                line two


                Footnotes

                [1] A song.
                """;
        assertThat(TxtExport.render(work)).isEqualTo(expected.replace("@BREAK@", " ".repeat(33) + "* * *"));
    }

    @Test
    void nestsDelimitersOfSpansSharingAnEdge() {
        Paragraph p = new Paragraph("abc",
                List.of(Span.of(0, 3, SpanKind.EMPHASIS), Span.of(0, 1, SpanKind.UNDERLINE)),
                1);
        StringBuilder b = new StringBuilder();
        TxtExport.paragraph(b, p);
        assertThat(b).hasToString("*_a_bc*");
    }

    @Test
    void usesLfLineEndings() {
        Work work = TestWorks.work("T\r\nU", List.of(), List.of(chapter(null, Paragraph.plain("a\r\nb", 1))));
        assertThat(TxtExport.render(work)).doesNotContain("\r").contains("a\nb");
    }
}
