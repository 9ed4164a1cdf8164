package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.ficshelf.Footnote;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.ficshelf.doc.TextLine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyParserTest {

    private static List<TextLine> fixture(String name) throws IOException {
        try (InputStream in = BodyParserTest.class.getResourceAsStream("body/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return lines(text);
        }
    }

    private static List<TextLine> lines(String text) {
        List<TextLine> out = new ArrayList<>();
        String[] split = text.split("\n", -1);
        for (int i = 0; i < split.length; i++) {
            out.add(TextLine.plain(i + 1, split[i]));
        }
        return out;
    }

    private static Body parse(String name, String... headerNotes) throws IOException {
        return BodyParser.parse(fixture(name), List.of(headerNotes), ProblemList.tracking());
    }

    private static int words(Body body) {
        int n = 0;
        for (Chapter c : body.document().chapters()) {
            for (Block b : c.blocks()) {
                if (b instanceof Paragraph p) {
                    n += BodyText.words(p.text());
                }
            }
        }
        return n;
    }

    private static String kinds(Chapter c) {
        return c.blocks().stream().map(b -> b instanceof SceneBreak ? "B" : "P")
                .collect(Collectors.joining());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "01-unheaded-wrapped.txt        | 1 | NULL  | NULL                                               | 55",
            "02-chapters-the-end.txt        | 3 | true  | Chapter 1: The Ferry;Chapter 2;Chapter 3: Home Again | 44",
            "03-parts-tbc.txt               | 2 | false | Part One;Part Two                                  | 23",
            "04-lone-part-heading.txt       | 1 | false | Part 2                                             | 27",
            "05-notes-mid-and-end.txt       | 1 | NULL  | NULL                                               | 27",
            "06-footnotes-legend.txt        | 1 | true  | NULL                                               | 20",
            "07-indented-usenet.txt         | 1 | NULL  | NULL                                               | 44",
            "08-verse-block.txt             | 1 | NULL  | NULL                                               | 31",
            "09-one-line-paragraphs.txt     | 1 | NULL  | NULL                                               | 87",
            "10-part-of-with-prologue.txt   | 3 | false | Prologue;Part 1 of 3;Part 2 of 3                   | 31",
            "11-bare-number-chapters.txt    | 3 | true  | 1.;2.;3.                                           | 32",
            "12-declared-markup.txt         | 1 | NULL  | NULL                                               | 20"})
    void readsFixtureStructure(String name, int chapters, Boolean complete, String titles, int words)
            throws IOException {
        Body body = parse(name);
        assertThat(body.document().chapters()).hasSize(chapters);
        assertThat(body.complete()).isEqualTo(complete);
        String got = body.document().chapters().stream().map(c -> String.valueOf(c.title()))
                .collect(Collectors.joining(";"));
        assertThat(got).isEqualTo(titles == null ? "null" : titles);
        assertThat(words(body)).isEqualTo(words);
    }

    @Test
    void keepsSceneBreaksInsideChapters() throws IOException {
        Body body = parse("01-unheaded-wrapped.txt");
        Chapter only = body.document().chapters().getFirst();
        assertThat(kinds(only)).isEqualTo("PPBP");
        assertThat(((Paragraph) only.blocks().getFirst()).text())
                .startsWith("The lamp had been burning for an hour before anyone noticed it,");
        assertThat(kinds(parse("02-chapters-the-end.txt").document().chapters().getFirst())).isEqualTo("PBP");
    }

    @Test
    void dropsSignOffAfterEndMarkerAndGivesEvidence() throws IOException {
        Body body = parse("02-chapters-the-end.txt");
        assertThat(body.completeEvidence()).containsExactly("line 20: The End");
        assertThat(lastText(body)).isEqualTo("They took the late ferry back and did not speak of it.");
    }

    @Test
    void takesNotesOutOfTheDocumentInOrder() throws IOException {
        Body body = parse("05-notes-mid-and-end.txt");
        assertThat(body.notes()).containsExactly("Sorry this part took so long, real life ate my summer.",
                "the swing is from the first story.", "Thanks for reading! Comments make my day.");
        assertThat(kinds(body.document().chapters().getFirst())).isEqualTo("PP");
    }

    @Test
    void readsTrailingFootnoteLegendAndMarkers() throws IOException {
        ProblemList problems = ProblemList.tracking();
        Body body = BodyParser.parse(fixture("06-footnotes-legend.txt"), List.of(), problems);
        assertThat(body.footnotes()).containsExactly(new Footnote("1", "'River Name' - The Invented Band"),
                new Footnote("2", "I know, I know."));
        Paragraph first = (Paragraph) body.document().chapters().getFirst().blocks().getFirst();
        assertThat(first.spans()).containsExactly(new Span(first.text().length() - 1, first.text().length(),
                SpanKind.FOOTNOTE_REF, "1"));
        assertThat(problems.toList()).extracting(Problem::code).doesNotContain("footnote-without-legend");
    }

    @Test
    void splitsIndentedParagraphsWithoutBlankLines() throws IOException {
        Chapter c = parse("07-indented-usenet.txt").document().chapters().getFirst();
        assertThat(c.blocks()).hasSize(4);
        assertThat(((Paragraph) c.blocks().get(2)).text())
                .isEqualTo(
                        "\"I cannot,\" he said.  \"Not yet.  Give me an hour and a cup of something hot.\"");
    }

    @Test
    void keepsVerseLineBreaks() throws IOException {
        Chapter c = parse("08-verse-block.txt").document().chapters().getFirst();
        assertThat(((Paragraph) c.blocks().get(1)).text())
                .isEqualTo("Over the water, under the sky,\nnobody asks you the reason why");
    }

    @Test
    void readsOneLineParagraphs() throws IOException {
        assertThat(parse("09-one-line-paragraphs.txt").document().chapters().getFirst().blocks()).hasSize(3);
    }

    @Test
    void readsPartNumbers() throws IOException {
        Body body = parse("10-part-of-with-prologue.txt");
        assertThat(body.part()).isNotNull();
        assertThat(body.part().part()).isEqualTo(2);
        assertThat(body.part().of()).isEqualTo(3);
    }

    @Test
    void appliesDeclaredTelepathyMarkup() throws IOException {
        Body body = parse("12-declared-markup.txt", "~text~ = telepathy");
        Paragraph p = (Paragraph) body.document().chapters().getFirst().blocks().getFirst();
        assertThat(p.text()).isEqualTo("She looked at the clock. Are you there? she sent, and waited.");
        assertThat(p.spans()).containsExactly(new Span(25, 39, SpanKind.THOUGHT, null));
    }

    @Test
    void readsFurtherPostsAsChapters() {
        String text = """
                The first part of the story goes here and it is short.

                --
                Poster, poster@example.com

                From: poster@example.com (Poster)
                Newsgroups: alt.example.creative
                Subject: A Story, part 2 of 2
                Date: 1 Jan 1995 00:00:00 GMT

                Part 2

                And the second part goes here.

                THE END
                """;
        Body body = BodyParser.parse(lines(text), List.of(), ProblemList.tracking());
        assertThat(body.document().chapters()).extracting(Chapter::title).containsExactly(null, "Part 2");
        assertThat(body.complete()).isTrue();
        assertThat(words(body)).isEqualTo(18);
    }

    @Test
    void opensAChapterAtEachPostTheContainerFound() {
        String text = "The first post tells the start.\n\nThe second post goes on.\n\nThe third one ends it.\n";
        List<BodyUnit.Post> posts = List.of(new BodyUnit.Post("Lanterns 2/3", 3),
                new BodyUnit.Post("Lanterns 3/3 END", 5));
        Body body = BodyParser.parse(lines(text), List.of(), List.of(), posts, ProblemList.tracking());
        assertThat(body.document().chapters()).hasSize(3);
        assertThat(body.complete()).isTrue();
    }

    @Test
    void keepsADisclaimerAfterTheClosingRuleAsANote() {
        String text = "The story runs here and ends.\n\n----------\n\nThe usual disclaimers apply, they belong to the studio.\n";
        Body body = BodyParser.parse(lines(text), List.of(), ProblemList.tracking());
        assertThat(words(body)).isEqualTo(6);
        assertThat(body.notes()).containsExactly("The usual disclaimers apply, they belong to the studio.");
    }

    @Test
    void voidsTbcFollowedByAnotherChapter() {
        String text = "Part 1\n\nOne.\n\nTBC\n\nPart 2\n\nTwo.\n";
        Body body = BodyParser.parse(lines(text), List.of(), ProblemList.tracking());
        assertThat(body.complete()).isNull();
        assertThat(body.document().chapters()).hasSize(2);
    }

    @Test
    void reportsUnclosedMarkupWithPosition() {
        ProblemList problems = ProblemList.tracking();
        BodyParser.parse(lines("First line here.\nAnd then *it went on"), List.of(), problems);
        assertThat(problems.toList()).contains(new Problem(2, 10, "unclosed-markup",
                "markup '*' opened here is not closed"));
    }

    @Test
    void neverThrowsAndStaysFastOnHostileInput() {
        String huge = "a/b *c _d (1) \u0000 ".repeat(700_000);
        long t0 = System.nanoTime();
        Body body = BodyParser.parse(List.of(TextLine.plain(1, huge)), List.of(), ProblemList.tracking());
        assertThat(body.document().chapters()).hasSize(1);
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(10_000);
        assertThat(BodyParser.parse(List.of(), List.of(), ProblemList.tracking()).document().chapters())
                .hasSize(1);
    }

    private static String lastText(Body body) {
        List<Chapter> chapters = body.document().chapters();
        List<Block> blocks = chapters.getLast().blocks();
        return ((Paragraph) blocks.getLast()).text();
    }
}
