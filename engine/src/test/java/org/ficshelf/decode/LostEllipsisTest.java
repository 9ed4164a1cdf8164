package org.ficshelf.decode;

import static org.assertj.core.api.Assertions.assertThat;

import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.ficshelf.doc.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class LostEllipsisTest {

    private static List<Problem> problemsFor(String... lines) {
        ProblemList problems = ProblemList.tracking();
        LostEllipsis.repair(lines(lines), problems);
        return problems.toList();
    }

    private static List<TextLine> lines(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> TextLine.plain(i + 1, texts[i]))
                .toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            I smelled.blood. Not much.           | 10 | I smelled...blood. Not much.
            "Isn't this.this isn't right."       | 12 | "Isn't this...this isn't right."
            and she's.she's hiding               | 10 | and she's...she's hiding
            "Just.take us home."                 | 6  | "Just...take us home."
            "Is she.is she okay?"                | 8  | "Is she...is she okay?"
            the thing has.it has too many hands  | 14 | the thing has...it has too many hands
            Wait.I don't think so                | 5  | Wait...I don't think so
            No.no.no, he said                    | 3  | No...no...no, he said
            """)
    void restoresLostEllipsisAndReportsPosition(String text, int column, String repaired) {
        ProblemList problems = ProblemList.tracking();
        List<TextLine> out = LostEllipsis.repair(lines("first line", text), problems);
        assertThat(out.get(1).text()).isEqualTo(repaired);
        Problem first = problems.toList().get(0);
        assertThat(first.code()).isEqualTo("lost-ellipsis");
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.column()).isEqualTo(column);
        assertThat(first.message()).contains(text.substring(Math.max(0, column - 5), column + 2));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Feedback: pell.writes@example.com", "See www.example.org for more",
            "Archive: example.net",
            "Saved as story.txt and index.html", "Fruit, e.g.apples, i.e.this", "at 9 a.m. or p.m.",
            "the U.S.S. Enterprise",
            "J.K. Rowling", "D.M.Templeton wrote", "It costs 3.50 now", "He waited... then left.",
            "Wait\u2026 no.",
            "\"I smell.\" He turned.", "It was over. She left.", "Mr.Smith and Dr.Jones",
            "Posted to alt.tv.x-files.creative",
            "Path: news.sprintlink.net!howland.reston.ans.net", "Message-ID: <3c91hk$eom@nyx10.cs.du.edu>",
            "http://www.example.com/fic/part.two", "O.k., T.V. and the F.B.I.", "host ps09.bc.edu",
            "cs.utexas.edu",
            "www.example.it", "C:\\fic\\old.stuff"})
    void ignoresDecoys(String text) {
        assertThat(problemsFor(text)).isEmpty();
    }

    @Test
    void capitalAfterPeriodIsAMissingSpaceUnlessDamageIsConfirmed() {
        assertThat(problemsFor("He left.Then she came.")).isEmpty();
        List<Problem> confirmed = problemsFor("He left.Then she came.", "I smelled.blood and",
                "Is she.is she");
        assertThat(confirmed).hasSize(3);
        assertThat(confirmed.get(0).line()).isEqualTo(1);
        assertThat(confirmed.get(0).column()).isEqualTo(8);
    }

    @Test
    void shiftsSpansAfterAndStretchesSpansOverTheRepair() {
        TextLine line = new TextLine(4, "Just.take us home.", List.of(Span.of(0, 9, SpanKind.EMPHASIS),
                Span.of(10, 12, SpanKind.THOUGHT), Span.of(0, 2, SpanKind.STRONG)));
        List<TextLine> out = LostEllipsis.repair(List.of(line), ProblemList.tracking());
        assertThat(out.get(0).text()).isEqualTo("Just...take us home.");
        assertThat(out.get(0).spans()).containsExactly(Span.of(0, 11, SpanKind.EMPHASIS),
                Span.of(12, 14, SpanKind.THOUGHT), Span.of(0, 2, SpanKind.STRONG));
        assertThat(out.get(0).text().substring(12, 14)).isEqualTo("us");
    }

    @Test
    void returnsLinesUnchangedWhenNothingIsLost() {
        List<TextLine> in = lines("Nothing here.", "Or here...");
        assertThat(LostEllipsis.repair(in, ProblemList.tracking())).isSameAs(in);
    }

    @Test
    void handlesManyRepairsOnOneLine() {
        ProblemList problems = ProblemList.tracking();
        List<TextLine> out = LostEllipsis.repair(lines("she's.she's hiding.there and.then"), problems);
        assertThat(out.get(0).text()).isEqualTo("she's...she's hiding...there and...then");
        assertThat(problems.toList()).extracting(Problem::column).containsExactly(6, 19, 29);
    }

    @Test
    void shiftsSpansOverSeveralRepairsOnOneLine() {
        TextLine line = new TextLine(1, "she's.she's hiding.there and.then",
                List.of(Span.of(0, 11, SpanKind.EMPHASIS), Span.of(12, 24, SpanKind.THOUGHT),
                        Span.of(29, 33, SpanKind.STRONG)));
        List<TextLine> out = LostEllipsis.repair(List.of(line), ProblemList.tracking());
        assertThat(out.get(0).text()).isEqualTo("she's...she's hiding...there and...then");
        assertThat(out.get(0).spans()).containsExactly(Span.of(0, 13, SpanKind.EMPHASIS),
                Span.of(14, 28, SpanKind.THOUGHT), Span.of(35, 39, SpanKind.STRONG));
        assertThat(out.get(0).text().substring(35, 39)).isEqualTo("then");
    }

    @ParameterizedTest
    @ValueSource(strings = {"a.b", "ab.cd", "No.no."})
    void oneLongDottedWordIsReadInLinearTime(String unit) {
        String text = unit.repeat((4 << 20) / unit.length());
        ProblemList problems = ProblemList.tracking();
        List<TextLine> out = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> LostEllipsis.repair(lines(text), problems));
        assertThat(out.get(0).text()).as("a dotted run that long is data, not prose").isEqualTo(text);
    }

    @Test
    void manyShortDottedWordsOnOneLongLineAreAllRepaired() {
        String text = "she.was ".repeat(200_000);
        ProblemList problems = ProblemList.tracking();
        List<TextLine> out = assertTimeoutPreemptively(Duration.ofSeconds(5),
                () -> LostEllipsis.repair(lines(text), problems));
        assertThat(out.get(0).text()).startsWith("she...was she...was ").hasSize(text.length() + 400_000);
    }
}
