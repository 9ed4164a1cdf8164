package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordTableTest {
    private static final WordTable<Integer> TABLE = new WordTable<>(
            Map.of("he", 2, "she", 2, "i", 0, "myself", 0));

    @ParameterizedTest
    @CsvSource({"he, 2", "she, 2", "i, 0", "myself, 0", "hes, -1", "s, -1", "myselves, -1", "h, -1"})
    void findsOnlyTheWholeWordInTheBufferPrefix(String word, int expected) {
        char[] buf = (word + "xyz").toCharArray();
        Integer found = TABLE.get(buf, word.length());
        assertThat(found == null ? -1 : found).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"She kissed him.|true", "They were LOVERS|true", "a bedroom|false",
            "kissable lips_on|false", "in bed|true", "the lip of the cup|false", "Sex-ed|true"})
    void romancePrefilterPassesEveryParagraphThePatternCouldMatch(String text, boolean expected) {
        assertThat(RelationshipInference.mayHaveCue(text)).isEqualTo(expected);
    }
}
