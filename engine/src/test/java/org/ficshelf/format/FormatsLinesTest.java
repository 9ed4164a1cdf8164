package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ficshelf.doc.TextLine;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FormatsLinesTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            empty                  | ''              | ''
            one line               | 'a'             | 'a'
            trailing newline       | 'a\\n'          | 'a'
            blank line kept        | 'a\\n\\nb'      | 'a,,b'
            two trailing newlines  | 'a\\n\\n'       | 'a,'
            only a newline         | '\\n'           | ''
            """)
    void splitsOnNewlinesWithoutAPhantomLastLine(String label, String text, String expected) {
        List<TextLine> lines = Formats.lines(text.replace("\\n", "\n"));
        assertThat(lines).extracting(TextLine::text).containsExactly(expected.split(",", -1));
        assertThat(lines).extracting(TextLine::number)
                .containsExactlyElementsOf(
                        java.util.stream.IntStream.rangeClosed(1, lines.size()).boxed().toList());
    }
}
