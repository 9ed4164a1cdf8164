package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BodyEndMatterTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "The End                    | true",
            "THE END                    | true",
            "-fin-                      | true",
            "~fin~                      | true",
            "Fin                        | true",
            "Fin.                       | true",
            "~ Ende ~                   | true",
            "Finis                      | true",
            "END                        | true",
            "Owari                      | true",
            "**The End**                | true",
            "end part 3/3               | true",
            "TBC                        | false",
            "to be continued...         | false",
            "To Be Continued in Part 3  | false",
            "continued in part 2        | false",
            "more soon                  | false",
            "TO BE CONTINUED...         | false",
            "end part 2/3               | false",
            "（完）                      | true",
            "【全文完】                  | true",
            "終わり                      | true",
            "끝                          | true",
            "（未完待续）                | false",
            "つづく                      | false"})
    void readsCompleteness(String line, boolean complete) {
        EndMatter e = EndMatter.read(line);
        assertThat(e).isNotNull();
        assertThat(e.complete()).isEqualTo(complete);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"'\"The end,\" she said.'",
            "The end of the road was muddy and long.",
            "Fine.", "Endless.", "In the end it did not matter."})
    void leavesStoryLinesAlone(String line) {
        assertThat(EndMatter.read(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {"Just Like Old Times, PART 4 END | true",
            "[XF] Story Title (2/3) | false", "Title (3 of 3) | true"})
    void readsSubjects(String subject, boolean complete) {
        EndMatter e = EndMatter.fromSubject(subject);
        assertThat(e).isNotNull();
        assertThat(e.complete()).isEqualTo(complete);
    }
}
