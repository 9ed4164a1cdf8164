package org.ficshelf.decode;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.TextLine;
import org.junit.jupiter.api.Test;

/** The shared development corpus decodes as labelled (skipped when the corpus is not present). */
class DevCorpusDecodeTest {
    private static final Path DEV = Path.of("..", "shared", "corpus", "dev");

    private static Decoded decode(String prefix) throws IOException {
        Path dir = caseDir(prefix);
        return Decoder.decode(Files.readAllBytes(dir.resolve("input.txt")), null);
    }

    private static Path caseDir(String prefix) throws IOException {
        Path root = Files.isDirectory(DEV) ? DEV : Path.of("..", "..", "shared", "corpus", "dev");
        assumeTrue(Files.isDirectory(root), "dev corpus not present");
        try (Stream<Path> cases = Files.list(root)) {
            Path dir = cases.filter(p -> p.getFileName().toString().startsWith(prefix)).findFirst()
                    .orElse(null);
            assumeTrue(dir != null, "case " + prefix + " not present");
            return dir;
        }
    }

    private static void assertNoControls(String text) {
        assertThat(text.chars().filter(c -> (c < 0x20 && c != '\n' && c != '\t') || (c >= 0x7F && c <= 0x9F)))
                .isEmpty();
    }

    @Test
    void windows1252CaseDecodesAsWindows1252WithoutMojibakeReport() throws IOException {
        Decoded d = decode("06-");
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).contains("\u2019", "\u201C", "\u2014", "\u2026", "\u00E9").doesNotContain("\r");
        assertNoControls(d.text());
        assertThat(d.problems()).extracting(Problem::code).doesNotContain("mojibake-repaired");
    }

    @Test
    void mojibakeCaseIsRepaired() throws IOException {
        Decoded d = decode("07-");
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).doesNotContain("\u00E2\u20AC", "\u00C3\u00A9").contains("\u2019", "\u201D",
                "\u00E9");
        assertNoControls(d.text());
        assertThat(d.problems()).extracting(Problem::code).contains("mojibake-repaired");
    }

    @Test
    void lostEllipsisCaseReportsEachLostEllipsisAndNoDecoy() throws IOException {
        Decoded d = decode("08-");
        ProblemList problems = ProblemList.tracking();
        List<TextLine> lines = LostEllipsis.repair(org.ficshelf.format.Formats.lines(d.text()), problems);
        List<Problem> found = problems.toList();
        assertThat(found).extracting(Problem::code).containsOnly("lost-ellipsis");
        assertThat(found).hasSize(6);
        String text = String.join("\n", lines.stream().map(TextLine::text).toList());
        assertThat(text).contains("smelled...blood", "this...this", "@example.com");
    }

    @Test
    void utf16CaseDecodesAsUtf16le() throws IOException {
        Decoded d = decode("09-");
        assertThat(d.charset()).isEqualTo("UTF-16LE");
        assertThat(d.confidence()).isEqualTo(1.0);
        assertThat(d.text()).doesNotContain("\u0000", "\r", "\uFEFF");
    }

    @Test
    void germanLatin1CaseDecodesUmlautsAndSharpS() throws IOException {
        Decoded d = decode("16-");
        assertThat(d.charset()).isIn("ISO-8859-1", "windows-1252");
        assertThat(d.text()).contains("\u00E4", "\u00FC", "\u00DF", "\u00AB").doesNotContain("\uFFFD", "\r");
    }
}
