package org.ficshelf.infer;

import org.junit.jupiter.api.Test;

import org.junit.jupiter.api.io.TempDir;

import java.util.List;

import java.nio.file.Path;

import java.nio.file.Files;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RatingScaleTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            G                               | General Audiences
            PG                              | General Audiences
            PG-13                           | Teen And Up Audiences
            pg13                            | Teen And Up Audiences
            PG 13                           | Teen And Up Audiences
            P.G.-13                         | Teen And Up Audiences
            PG-13ish                        | Teen And Up Audiences
            PG-13 for language              | Teen And Up Audiences
            PG-15                           | Teen And Up Audiences
            R                               | Mature
            R-ish                           | Mature
            R+                              | Mature
            NC-17                           | Explicit
            NC17                            | Explicit
            X                               | Explicit
            XXX                             | Explicit
            K                               | General Audiences
            K+                              | General Audiences
            T                               | Teen And Up Audiences
            M                               | Mature
            MA                              | Explicit
            FRC                             | General Audiences
            FRK                             | General Audiences
            FRT                             | Teen And Up Audiences
            FRM                             | Mature
            FRAO                            | Explicit
            FR7                             | General Audiences
            FR13                            | Teen And Up Audiences
            FR15                            | Teen And Up Audiences
            FR18                            | Explicit
            FR21                            | Explicit
            U                               | General Audiences
            12A                             | Teen And Up Audiences
            12                              | Teen And Up Audiences
            15                              | Teen And Up Audiences
            18                              | Explicit
            R18                             | Explicit
            P6                              | General Audiences
            P12                             | Teen And Up Audiences
            P16                             | Mature
            P18                             | Explicit
            P18-AVL                         | Explicit
            FSK 12                          | Teen And Up Audiences
            FSK16                           | Mature
            FSK 18                          | Explicit
            ab 16                           | Mature
            adult                           | Explicit
            Adults only                     | Explicit
            18+                             | Explicit
            13+                             | Teen And Up Audiences
            mild                            | General Audiences
            gen                             | General Audiences
            General Audiences               | General Audiences
            teen                            | Teen And Up Audiences
            Teen And Up Audiences           | Teen And Up Audiences
            mature                          | Mature
            Explicit                        | Explicit
            not rated                       | Not Rated
            unrated                         | Not Rated
            R-rated                         | Mature
            x-rated                         | Explicit
            """)
    void mapsEachScaleToAo3(String stated, String expected) {
        assertThat(RatingScale.map(stated)).get().extracting(RatingScale.MappedRating::rating)
                .isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            'PG-13, NC-17 in later parts'      | Explicit
            'R, NC-17 in later parts'          | Explicit
            probably not really an R           | Mature
            don't think it's really an R, just want to be sure | Mature
            'PG, R later'                      | Mature
            'PG-13, R later'                   | Mature
            PG-13 to R                         | Mature
            R/NC-17                            | Explicit
            G/PG                               | General Audiences
            PG-13 for mild language            | Teen And Up Audiences
            T for now, M later                 | Mature
            'Some sexual content, PG'          | General Audiences
            PG-13 (M/M themes)                 | Teen And Up Audiences
            'G, F/F'                           | General Audiences
            """)
    void hedgeTakesTheHighestRatingNamed(String stated, String expected) {
        assertThat(RatingScale.map(stated)).get().extracting(RatingScale.MappedRating::rating)
                .isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"see warnings", "", "   ", "M/M", "ask me", "--"})
    void wordsThatNameNoRatingMapToNothing(String stated) {
        assertThat(RatingScale.map(stated)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void reportsTheMatchedWordsAndTheHedge() {
        RatingScale.MappedRating m = RatingScale.map("PG-13, NC-17 in later parts").orElseThrow();
        assertThat(m.matched()).containsExactly("PG-13", "NC-17");
        assertThat(m.hedged()).isTrue();
        assertThat(RatingScale.map("NC-17").orElseThrow().hedged()).isFalse();
    }

    @org.junit.jupiter.api.Test
    void vocabularyIsOrderedLowestFirst() {
        assertThat(RatingVocabulary.get().names()).containsExactly("Not Rated", "General Audiences",
                "Teen And Up Audiences", "Mature", "Explicit");
    }

    @Test
    void anArchivistsRatingScaleFileAddsWordsAndReplacesBundledOnes(@TempDir Path canon) throws Exception {
        Files.writeString(canon.resolve("rating-scales-local.tsv"), """
                # a local list's own letters
                LL-Kids\tgeneral\tlocal list
                LL-Grown\texplicit\tlocal list
                R\texplicit\tlocal list
                """, StandardCharsets.UTF_8);
        Files.writeString(canon.resolve("notes.txt"), "not a scale file\tteen\n", StandardCharsets.UTF_8);
        var table = RatingScale.load(List.of(canon));

        assertThat(RatingScale.map("LL-Grown", table)).map(RatingScale.MappedRating::rating)
                .hasValue("Explicit");
        assertThat(RatingScale.map("ll kids", table)).isEmpty();
        assertThat(RatingScale.map("LLKids", table)).map(RatingScale.MappedRating::rating)
                .hasValue("General Audiences");
        assertThat(RatingScale.map("R", table)).as("the folder's row replaces the bundled one")
                .map(RatingScale.MappedRating::rating).hasValue("Explicit");
        assertThat(RatingScale.map("R")).as("the bundled table is unchanged")
                .map(RatingScale.MappedRating::rating)
                .hasValue("Mature");
        assertThat(RatingScale.map("not a scale file", table)).isEmpty();
        assertThat(RatingScale.load(List.of(canon.resolve("missing"))))
                .isEqualTo(RatingScale.load(List.of()));
    }
}
