package org.ficshelf;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The golden comparison applies the dev corpus's label semantics, field by field. */
class GoldenComparisonTest {

    private static JsonNode json(String text) throws JsonProcessingException {
        return WorkJson.mapper().readTree(text.replace('\'', '"'));
    }

    @Test
    void absentFieldsAreNotChecked() throws JsonProcessingException {
        assertThat(GoldenComparison.mismatches(json("{'title': 'A'}"),
                json("{'title': 'A', 'rating': 'Mature'}")))
                .isEmpty();
    }

    @Test
    void nullMustBeNullAndEmptyMustBeEmpty() throws JsonProcessingException {
        assertThat(GoldenComparison.mismatches(json("{'title': null, 'relationships': []}"),
                json("{'title': 'A teaser.', 'relationships': ['Buffy Summers/Spike']}")))
                .hasSize(2)
                .anySatisfy(m -> assertThat(m).startsWith("title: expected null but was \"A teaser.\""))
                .anySatisfy(m -> assertThat(m).startsWith("relationships:"));
    }

    @Test
    void namesAreSetsComparedCaseInsensitively() throws JsonProcessingException {
        JsonNode expected = json("{'characters': ['Mrs. Hudson', 'Spike'], 'fandoms': ['Sherlock (TV)']}");
        JsonNode actual = json("{'characters': ['spike', 'Mrs Hudson'], 'fandoms': ['sherlock (tv)']}");
        assertThat(GoldenComparison.mismatches(expected, actual)).isEmpty();
    }

    @Test
    void atLeastListsScoreRecallOnly() throws JsonProcessingException {
        JsonNode expected = json("{'charactersAtLeast': ['Rose Tyler']}");
        assertThat(
                GoldenComparison.mismatches(expected, json("{'characters': ['Tenth Doctor', 'Rose Tyler']}")))
                .isEmpty();
        assertThat(GoldenComparison.mismatches(expected, json("{'characters': ['Tenth Doctor']}")))
                .hasSize(1);
    }

    @Test
    void relationshipsKeepTheirKindAndOrder() throws JsonProcessingException {
        JsonNode expected = json("{'relationships': ['Dana Scully/Fox Mulder']}");
        assertThat(GoldenComparison.mismatches(expected,
                json("{'relationships': ['Dana Scully & Fox Mulder']}")))
                .hasSize(1);
        assertThat(
                GoldenComparison.mismatches(expected, json("{'relationships': ['Fox Mulder/Dana Scully']}")))
                .hasSize(1);
    }

    @ParameterizedTest(name = "{0} words against ~100")
    @CsvSource({"90, true", "110, true", "89, false", "111, false"})
    void wordsAllowTenPercent(int actual, boolean ok) throws JsonProcessingException {
        assertThat(
                GoldenComparison.mismatches(json("{'wordsApprox': 100}"), json("{'words': " + actual + "}")))
                .hasSize(ok ? 0 : 1);
    }

    @Test
    void textsAndStatedValuesCompareAfterWhitespaceNormalisation() throws JsonProcessingException {
        JsonNode expected = json("{'summary': 'Two  lines\\nof text.', 'stated': {'rating': 'PG-13'}}");
        JsonNode actual = json(
                "{'summary': ' Two lines of text. ', 'stated': {'rating': 'PG-13 ', 'pov': null}}");
        assertThat(GoldenComparison.mismatches(expected, actual)).isEmpty();
    }

    @Test
    void problemsMustAllBeReportedButExtrasAreFine() throws JsonProcessingException {
        JsonNode expected = json("{'problems': ['lost-ellipsis']}");
        assertThat(GoldenComparison.mismatches(expected,
                json("{'problems': [{'code': 'encoding-guess'}, {'code': 'lost-ellipsis'}]}"))).isEmpty();
        assertThat(GoldenComparison.mismatches(expected, json("{'problems': [{'code': 'encoding-guess'}]}")))
                .containsExactly("problems: missing [lost-ellipsis], reported [encoding-guess]");
    }

    @Test
    void encodingAliasesAreTheSame() throws JsonProcessingException {
        assertThat(
                GoldenComparison.mismatches(json("{'source': {'encoding': 'macintosh', 'format': 'text'}}"),
                        json("{'source': {'encoding': 'x-MacRoman', 'format': 'text'}}")))
                .isEmpty();
    }

    @Test
    void unknownExpectationKeysAreReported() throws JsonProcessingException {
        assertThat(GoldenComparison.mismatches(json("{'titel': 'A'}"), json("{}"))).hasSize(1);
    }
}
