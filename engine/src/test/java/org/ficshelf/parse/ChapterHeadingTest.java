package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ChapterHeadingTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "NULL", value = {
            "Chapter 3: Name        | 3  | NULL | false",
            "Chapter 2              | 2  | NULL | false",
            "Part 2:                | 2  | NULL | false",
            "Part Two               | 2  | NULL | false",
            "PART II                | 2  | NULL | false",
            "Part 3 of 5            | 3  | 5    | false",
            "Part 2/3               | 2  | 3    | false",
            "Chapter Three - Name   | 3  | NULL | false",
            "~ Part 1 ~             | 1  | NULL | false",
            "Kapitel 2              | 2  | NULL | false",
            "Capítulo 2             | 2  | NULL | false",
            "Chapitre 2             | 2  | NULL | false",
            "JULIA: PT I            | 1  | NULL | false",
            "'Ancient Dreams, pt. 2' | 2 | NULL | false",
            "Part 10 - the end!     | 10 | NULL | false",
            "Prologue               | 0  | NULL | false",
            "Epilogue: After        | 0  | NULL | false",
            "1.                     | 1  | NULL | true",
            "IV                     | 4  | NULL | true"})
    void readsHeadings(String line, int number, Integer of, boolean weak) {
        ChapterHeading h = ChapterHeading.read(line);
        assertThat(h).isNotNull();
        assertThat(h.number()).isEqualTo(number);
        assertThat(h.of()).isEqualTo(of);
        assertThat(h.weak()).isEqualTo(weak);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Part 1 is in the list archives; the rest will be along soon.",
            "Chapter and verse, he said.",
            "He took part in it.",
            "Part of me wanted to stay.",
            "'The chapter was closed, part 2 of it anyway.'",
            "Prologues are for people with patience.",
            "I"})
    void leavesStoryLinesAlone(String line) {
        assertThat(ChapterHeading.read(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"* * *", "***", "~~~", "---", "oOo", "#", "+ + +", "      ####",
            "~*~*~*~", "-o0o-", "____________", "=====", "xXx"})
    void readsSceneBreakRows(String line) {
        assertThat(SceneBreakRow.is(line)).isTrue();
        assertThat(ChapterHeading.read(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"ooo", "Ooh.", "* not a break *", "Oh no", "x"})
    void doesNotTakeWordsForSceneBreaks(String line) {
        assertThat(SceneBreakRow.is(line)).isFalse();
    }
}
