package org.ficshelf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class WorkGeneratorTest {
    private static final WordModel MODEL = WordModel.load();

    @Test
    void sameSeedAndIndexGiveTheSameBytes() {
        GeneratedWork a = new WorkGenerator(MODEL, 42).generate(17);
        GeneratedWork b = new WorkGenerator(MODEL, 42).generate(17);

        assertThat(a.fileName()).isEqualTo(b.fileName());
        assertThat(a.bytes()).isEqualTo(b.bytes());
    }

    @Test
    void differentSeedsGiveDifferentCorpora() {
        assertThat(new WorkGenerator(MODEL, 1).generate(0).bytes())
                .isNotEqualTo(new WorkGenerator(MODEL, 2).generate(0).bytes());
    }

    @Test
    void lengthsLookLikeAnArchive() {
        SplittableRandom random = new SplittableRandom(3);
        int[] words = IntStream.range(0, 20_000).map(i -> WorkGenerator.lengthInWords(random)).sorted()
                .toArray();

        int median = words[words.length / 2];
        assertThat(median).isBetween(2000, 3200);
        assertThat(words[words.length - 1]).isGreaterThan(100_000);
        assertThat(Arrays.stream(words).filter(w -> w > 200_000).count()).isLessThan(100);
    }

    @Test
    void truthMatchesTheFileItDescribes() {
        WorkGenerator generator = new WorkGenerator(MODEL, 5);
        for (int i = 0; i < 200; i++) {
            GeneratedWork work = generator.generate(i);
            GeneratedWork.Truth truth = work.truth();
            String ext = work.fileName().substring(work.fileName().lastIndexOf('.') + 1);
            assertThat(ext).isEqualTo(switch (truth.format()) {
                case "html" -> "html";
                case "email" -> "eml";
                default -> "txt";
            });
            String text = new String(work.bytes(), Charset.forName(truth.encoding()));
            assertThat(truth.characters()).allSatisfy(name -> assertThat(text).contains(name.split(" ")[0]));
            if (truth.chapterCount() > 1) {
                assertThat(text).containsAnyOf("Chapter " + truth.chapterCount(),
                        "Part " + truth.chapterCount());
            }
            assertThat(text).contains(Boolean.TRUE.equals(truth.complete()) ? "The End" : "TBC");
        }
    }

    @Test
    void writesLegacyEncodingsNotOnlyUtf8() {
        WorkGenerator generator = new WorkGenerator(MODEL, 9);
        long legacy = IntStream.range(0, 300).mapToObj(generator::generate)
                .filter(w -> !w.truth().encoding().equals(StandardCharsets.UTF_8.name())).count();
        assertThat(legacy).isBetween(30L, 150L);
    }

    @Test
    void aSevenBitFileIsTrueToBeUtf8WhicheverCharsetWroteIt() {
        WorkGenerator generator = new WorkGenerator(MODEL, 9);
        long checked = IntStream.range(0, 300).mapToObj(generator::generate).filter(w -> {
            for (byte b : w.bytes()) {
                if (b < 0) {
                    return false;
                }
            }
            return true;
        }).peek(w -> assertThat(w.truth().encoding()).isEqualTo("UTF-8")).count();
        assertThat(checked).isPositive();
    }
}
