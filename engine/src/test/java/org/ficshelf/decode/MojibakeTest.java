package org.ficshelf.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeTest {
    private static final Charset CP1252 = Charset.forName("windows-1252");

    /** What a UTF-8 text looks like after being read as windows-1252 (undefined bytes as C1). */
    private static String misread(String text) {
        StringBuilder out = new StringBuilder();
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            char c = Western.CP1252[b & 0xFF];
            out.append(c == '\uFFFD' ? (char) (b & 0xFF) : c);
        }
        return out.toString();
    }

    private static String repair(String text, ProblemList problems) {
        return Mojibake.repair(text, problems);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            donâ€™t                | don’t
            wait â€” no           | wait — no
            wellâ€¦               | well…
            clichÃ©               | cliché
            â€œHiâ€\u009D she said | “Hi” she said
            Ã¼ber naÃ¯ve          | über naïve
            """)
    void repairsUtf8ReadAsWindows1252(String damaged, String repaired) {
        ProblemList problems = ProblemList.tracking();
        assertThat(repair(damaged, problems)).isEqualTo(repaired);
        assertThat(problems.toList()).extracting(Problem::code).containsExactly("mojibake-repaired");
    }

    @Test
    void repairsDoubleEncoding() {
        String twice = misread(misread("She didn\u2019t \u2014 caf\u00E9."));
        assertThat(repair(twice, ProblemList.tracking())).isEqualTo("She didn\u2019t \u2014 caf\u00E9.");
    }

    @Test
    void repairsLatin1ReadingWithC1Characters() {
        String latin1 = new String("don\u2019t".getBytes(StandardCharsets.UTF_8),
                StandardCharsets.ISO_8859_1);
        assertThat(repair(latin1, ProblemList.tracking())).isEqualTo("don\u2019t");
    }

    @Test
    void repairsRightQuoteWhoseUndefinedByteWasDropped() {
        assertThat(repair("â€œHi.â€ She left.", ProblemList.tracking()))
                .isEqualTo("\u201CHi.\u201D She left.");
    }

    @Test
    void repairsOnlyTheDamagedSegmentsOfAMixedText() {
        String text = "Caf\u00E9 \u00E0 la cr\u00E8me. " + misread("He didn\u2019t care.")
                + " Fin \u2014 vraiment.";
        assertThat(repair(text, ProblemList.tracking()))
                .isEqualTo("Caf\u00E9 \u00E0 la cr\u00E8me. He didn\u2019t care. Fin \u2014 vraiment.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"S\u00C3O PAULO e a IRM\u00C3 dela", "Ch\u00E2teau, p\u00E2te, \u00E2me",
            "AÑO” dijo",
            "CAFÉ” he said", "Ã bout de souffle", "Qu\u00E9bec \u00AB oui \u00BB",
            "na\u00EFve r\u00E9sum\u00E9 \u00BD"})
    void leavesLegitimateTextAlone(String text) {
        ProblemList problems = ProblemList.tracking();
        assertThat(repair(text, problems)).isEqualTo(text);
        assertThat(problems.isEmpty()).isTrue();
    }

    @Test
    void neverReportsMojibakeForCleanWindows1252() {
        byte[] bytes = "It\u2019s \u201Cfine\u201D \u2014 na\u00EFve caf\u00E9, \u00BD price\u2026 \u00C0 bient\u00F4t!"
                .getBytes(CP1252);
        Decoded d = Decoder.decode(bytes, null);
        assertThat(d.problems()).extracting(Problem::code).doesNotContain("mojibake-repaired");
        assertThat(d.text()).isEqualTo(new String(bytes, CP1252));
    }

    @Test
    void reportsPositionOfFirstRepairAndCount() {
        ProblemList problems = ProblemList.tracking();
        repair("clean line\nsecond donâ€™t and wonâ€™t", problems);
        Problem p = problems.toList().get(0);
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(11);
        assertThat(p.message()).contains("2 ");
    }

    @Test
    void decoderRepairsMojibakeInValidUtf8File() {
        Decoded d = Decoder.decode("He didnâ€™t â€” ok".getBytes(StandardCharsets.UTF_8), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("He didn\u2019t \u2014 ok");
    }
}
