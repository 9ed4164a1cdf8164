package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ficshelf.ChapterInfo;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WordsTest {

    @ParameterizedTest(name = "[{0}] has {1} words")
    @CsvSource(delimiter = '|', textBlock = """
            The kettle sang twice.                 | 4
            '   leading   and   trailing   '      | 3
            ''                                     | 0
            don't                                  | 1
            Xander’s coat                          | 2
            one-word                               | 1
            well-worn, half-forgotten              | 2
            now--then                              | 2
            now -- then                            | 2
            now---then                             | 2
            now—then                               | 2
            ...                                    | 0
            He waited... nothing.                  | 3
            -- * ~~~ !!!                           | 0
            3 a.m.                                 | 3
            café naïve                             | 2
            ‘Quiet,’ she said.                     | 3
            東京に行く                              | 5
            Tokyo 東京 trip                         | 4
            안녕하세요 친구                          | 7
            สวัสดี                                  | 4
            Привет, мир                            | 2
            """)
    void countsLikeAo3(String text, int expected) {
        assertThat(Words.count(text)).isEqualTo(expected);
    }

    @Test
    void countsParagraphsPerChapterAndLeavesSceneBreaksOut() {
        Document body = new Document(List.of(
                new Chapter(null, List.of(Paragraph.plain("One two three.", 1), new SceneBreak("* * *", 2),
                        Paragraph.plain("Four five.", 3))),
                new Chapter("Part 2", List.of(Paragraph.plain("Six seven eight nine.", 5)))));
        Words.Counts counts = Words.of(body);
        assertThat(counts.total()).isEqualTo(9);
        assertThat(counts.chapters()).containsExactly(new ChapterInfo(null, 5), new ChapterInfo("Part 2", 4));
    }

    @Test
    void countsALongSingleLineInLinearTime() {
        String line = "word ".repeat(2_000_000);
        long start = System.nanoTime();
        assertThat(Words.count(line)).isEqualTo(2_000_000);
        assertThat(System.nanoTime() - start).isLessThan(2_000_000_000L);
    }
}
