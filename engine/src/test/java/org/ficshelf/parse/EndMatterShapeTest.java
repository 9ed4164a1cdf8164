package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.regex.Pattern;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.CharRange;
import net.jqwik.api.constraints.Chars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class EndMatterShapeTest {
    private static final Pattern NUMBERS = Pattern.compile("\\d{1,4}");

    @Property(tries = 2000)
    void replacesDigitRunsAsTheNumberPatternDoes(
            @ForAll @StringLength(max = 30) @Chars({'1', '2', '0', '9', ' ', '/', '#', 'a',
                    '٣'}) @CharRange(from = 'a', to = 'e') String s) {
        assertThat(EndMatter.shape(s)).isEqualTo(NUMBERS.matcher(s).replaceAll("#"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            the end                   | true
            end part 2/3              | false
            end part 3/3              | true
            to be continued in part 4 | false
            tbc!                      | false
            The tbcx                  | -
            """)
    void readsEndLinesByTheirFirstMatchingRow(String line, String complete) {
        EndMatter end = EndMatter.read(line);
        if (complete.equals("-")) {
            assertThat(end).isNull();
        } else {
            assertThat(end).isNotNull();
            assertThat(end.complete()).isEqualTo(Boolean.parseBoolean(complete));
        }
    }
}
