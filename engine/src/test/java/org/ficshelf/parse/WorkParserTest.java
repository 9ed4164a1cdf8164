package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.ficshelf.Provenance;
import org.ficshelf.format.Formats;
import org.ficshelf.format.PartNumber;
import org.ficshelf.format.SourceDocument;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

class WorkParserTest {

    private static SourceDocument source(String text, Map<String, String> metadata,
            @Nullable PartNumber part) {
        return new SourceDocument("text", "UTF-8", 1.0, Formats.lines(text), metadata, List.of(), part,
                List.of());
    }

    @Test
    void keepsStatedHeaderValuesWithTheirKeyWordsAsEvidence() {
        ParsedWork w = WorkParser
                .parse(source("Title: Lanterns\nAuthor: Ada Vale\nRating: R\n\nStory text here.\n",
                        Map.of(), null));
        assertThat(w.title()).isEqualTo("Lanterns");
        assertThat(w.authors()).containsExactly("Ada Vale");
        assertThat(w.stated()).containsEntry("rating", "R").containsEntry("pairings", null);
        assertThat(w.fields().get("title").from()).isEqualTo(Provenance.STATED);
        assertThat(w.fields().get("title").evidence()).containsExactly("Title: Lanterns");
    }

    @Test
    void takesNarrativeBeforeASceneBreakAsStoryWhenTheHeaderIsComplete() {
        ParsedWork w = WorkParser
                .parse(source("Title: Lanterns\nAuthor: Ada Vale\nSummary: A winter night.\n\n"
                        + "The lamps went out at nine.\n\nNobody in the village noticed.\n\n~~~\n\n"
                        + "By morning the snow had covered the road.\n", Map.of(), null));
        assertThat(w.summary()).isEqualTo("A winter night.");
        assertThat(w.notes()).isEmpty();
        assertThat(w.body().toString()).contains("The lamps went out at nine.");
    }

    @Test
    void keepsIntroNotesBeforeASeparatorAsFrontMatter() {
        ParsedWork w = WorkParser
                .parse(source("Title: Lanterns\nAuthor: Ada Vale\nSummary: A winter night.\n\n"
                        + "Thanks to my beta for the commas.\n\n~~~\n\n"
                        + "By morning the snow had covered the road.\n", Map.of(), null));
        assertThat(w.notes()).containsExactly("Thanks to my beta for the commas.");
    }

    @Test
    void doesNotReadAnUnknownKeyLineAsTheAuthorsContinuation() {
        ParsedWork w = WorkParser.parse(source("Titre : La nuit\nAuteur : Margot\nUnivers : Stargate\n\n"
                + "La nuit tombait sur la base.\n", Map.of(), null));
        assertThat(w.authors()).containsExactly("Margot");
    }

    @Test
    void readsAChineseHeaderWithFullWidthColons() {
        ParsedWork w = WorkParser.parse(source("标题：灯笼\n作者：小舟\n分级：G\n简介：一个冬天。\n\n"
                + "雪下了一整夜。\n\n（完）\n", Map.of(), null));
        assertThat(w.title()).isEqualTo("灯笼");
        assertThat(w.authors()).containsExactly("小舟");
        assertThat(w.summary()).isEqualTo("一个冬天。");
        assertThat(w.stated()).containsEntry("rating", "G");
        assertThat(w.complete()).isTrue();
    }

    @Test
    void readsTheContainersPostsFromItsMetadata() {
        assertThat(WorkParser.posts(Map.of("messageStarts", "3, 40, 90", "subjects", "A\nA, part 2\nA, END")))
                .containsExactly(new BodyUnit.Post("A, part 2", 40), new BodyUnit.Post("A, END", 90));
        assertThat(WorkParser.posts(Map.of())).isEmpty();
    }

    @Test
    void marksAKeylessTitleLineAsInferred() {
        ParsedWork w = WorkParser
                .parse(source("Lanterns\n\nby Ada Vale\n\nThe story text runs on here for a while"
                        + " and does not stop for anyone at all, not even the reader.\n", Map.of(), null));
        assertThat(w.title()).isEqualTo("Lanterns");
        assertThat(w.fields().get("title").from()).isEqualTo(Provenance.INFERRED);
        assertThat(w.fields().get("title").confidence()).isLessThan(1.0);
        assertThat(w.fields().get("title").evidence().get(0)).startsWith("line 1: ");
    }

    @Test
    void usesTheContainerTitleAndAuthorOnlyWhenTheTextHasNone() {
        ParsedWork none = WorkParser
                .parse(source("\"Come in,\" she said, and the door swung open on its own.\n",
                        Map.of("title", "Open Door", "author", "Ada Vale", "rating", "PG"), null));
        assertThat(none.title()).isEqualTo("Open Door");
        assertThat(none.authors()).containsExactly("Ada Vale");
        assertThat(none.stated()).containsEntry("rating", "PG");

        ParsedWork own = WorkParser.parse(source("Title: Shut Door\nRating: R\n\nText.\n",
                Map.of("title", "Open Door", "rating", "PG"), null));
        assertThat(own.title()).isEqualTo("Shut Door");
        assertThat(own.stated()).containsEntry("rating", "R");
    }

    @Test
    void readsTitleAndAuthorFromAMailHeaderBlockLeftInTheText() {
        String text = "From: ada@example.org (Ada Vale)\nSubject: [XF] FIC: Quiet Hours (1/2)\n"
                + "Date: 1 Jan 1995 00:00:00 GMT\n\n\"Mulder,\" she said. \"It's three in the morning.\"\n";
        ParsedWork w = WorkParser.parse(source(text, Map.of(), null));
        assertThat(w.title()).isEqualTo("Quiet Hours");
        assertThat(w.authors()).containsExactly("Ada Vale");
    }

    @Test
    void takesCompletenessFromTheContainersPartNumber() {
        String text = "Title: Parts\n\nText of the part.\n";
        assertThat(WorkParser.parse(source(text, Map.of(), new PartNumber(2, 3))).complete()).isFalse();
        assertThat(WorkParser.parse(source(text, Map.of(), new PartNumber(3, 3))).complete()).isTrue();
        assertThat(WorkParser.parse(source(text, Map.of(), new PartNumber(3, null))).complete()).isNull();
        ParsedWork w = WorkParser.parse(source(text, Map.of(), new PartNumber(2, 3)));
        assertThat(w.fields().get("complete").evidence()).containsExactly("part 2 of 3");
    }

    @Test
    void putsHeaderNotesAndLegendInTheirOwnFields() {
        String text = "Title: Songs\nA/N: All songs are invented.\n\nSongs:\n(1) 'Tide' - Gulls\n\n----\n\n"
                + "She sang it once.\n";
        ParsedWork w = WorkParser.parse(source(text, Map.of(), null));
        assertThat(w.notes()).containsExactly("All songs are invented.");
        assertThat(w.footnotes()).extracting(f -> f.mark() + "=" + f.text())
                .containsExactly("1='Tide' - Gulls");
        assertThat(w.summary()).isNull();
    }

    @Test
    @Timeout(10)
    void survivesHostileInputInLinearTime() {
        String longLine = "Title: " + "a-b, ".repeat(2_000_000);
        String nuls = "\u0000".repeat(100_000) + "\n";
        String many = "by by by: Rating - x\n".repeat(200_000);
        for (String text : List.of(longLine, nuls, many, "", "\n\n\n", "----\n----\n")) {
            long t0 = System.nanoTime();
            ParsedWork w = WorkParser.parse(source(text, Map.of(), null));
            assertThat(w).isNotNull();
            assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(5));
        }
    }
}
