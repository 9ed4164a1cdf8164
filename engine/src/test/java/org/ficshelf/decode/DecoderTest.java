package org.ficshelf.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.ficshelf.Problem;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DecoderTest {

    private static byte[] hex(String hex) {
        return HexFormat.of().parseHex(hex.replace(" ", ""));
    }

    private static byte[] bytes(String text, String charset) {
        return text.getBytes(Charset.forName(charset));
    }

    private static boolean hasCode(Decoded d, String code) {
        return d.problems().stream().map(Problem::code).anyMatch(code::equals);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            EF BB BF 68 C3 A9                   | UTF-8    | hé
            FF FE 68 00 E9 00                   | UTF-16LE | hé
            FE FF 00 68 00 E9                   | UTF-16BE | hé
            FF FE 00 00 68 00 00 00 E9 00 00 00 | UTF-32LE | hé
            00 00 FE FF 00 00 00 68 00 00 00 E9 | UTF-32BE | hé
            """)
    void removesByteOrderMarksWithFullConfidence(String hex, String charset, String text) {
        Decoded d = Decoder.decode(hex(hex), null);
        assertThat(d.charset()).isEqualTo(charset);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.confidence()).isEqualTo(1.0);
    }

    @ParameterizedTest
    @CsvSource({"UTF-16LE", "UTF-16BE"})
    void recognisesUtf16WithoutBomFromNulPattern(String charset) {
        String text = "Title: Night Shift\nRating: PG\n\nShe walked in.\n";
        Decoded d = Decoder.decode(bytes(text, charset), null);
        assertThat(d.charset()).isEqualTo(charset);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void utf16WithCrlfAndOddLengthDecodesWithoutLatin1Fallback() {
        byte[] even = bytes("\uFEFFone\r\ntwo", "UTF-16LE");
        byte[] odd = java.util.Arrays.copyOf(even, even.length + 1);
        Decoded d = Decoder.decode(odd, null);
        assertThat(d.charset()).isEqualTo("UTF-16LE");
        assertThat(d.text()).startsWith("one\ntwo").doesNotContain("\u0000");
        assertThat(hasCode(d, "replacement-characters")).isTrue();
    }

    @Test
    void pureAsciiIsUtf8WithHighConfidence() {
        Decoded d = Decoder.decode(bytes("Plain old text.", "US-ASCII"), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.confidence()).isGreaterThanOrEqualTo(0.9);
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void validMultibyteUtf8IsUtf8AtNearCertainty() {
        Decoded d = Decoder.decode(bytes("Don\u2019t \u2014 caf\u00E9 \u00FCber", "UTF-8"), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.confidence()).isGreaterThanOrEqualTo(0.98);
        assertThat(d.text()).isEqualTo("Don\u2019t \u2014 caf\u00E9 \u00FCber");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            She said \u201Cwait\u2026\u201D and didn\u2019t \u2014 caf\u00E9.                       | windows-1252 | windows-1252
            Das M\u00E4dchen sa\u00DF am Fenster und \u00FCberlegte, ob sie gehen sollte. | ISO-8859-1   | ISO-8859-1
            Il co\u00FBte 5 \u20AC et le c\u0153ur y est, dit l\u2019\u00E9l\u00E8ve.         | windows-1252 | windows-1252
            He didn\u2019t know the caf\u00E9 was closed \u2014 he \u201Cforgot\u201D.   | x-MacRoman   | x-MacRoman
            """)
    void detectsWesternCodePages(String text, String encodeWith, String expected) {
        Decoded d = Decoder.decode(bytes(text, encodeWith), null);
        assertThat(d.charset()).isEqualTo(expected);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.confidence()).isBetween(0.3, 0.95);
    }

    @Test
    void picksLatin9WhenEuroAndOeLigatureFitBetter() {
        String text = "Le c\u0153ur co\u00FBte 5 \u20AC, la s\u0153ur aussi, \u0153uvre compl\u00E8te.";
        Decoded d = Decoder.decode(bytes(text, "ISO-8859-15"), null);
        assertThat(d.charset()).isEqualTo("ISO-8859-15");
        assertThat(d.text()).isEqualTo(text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            \u041E\u043D\u0430 \u0432\u043E\u0448\u043B\u0430 \u0432 \u043A\u043E\u043C\u043D\u0430\u0442\u0443 \u0438 \u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0447\u0442\u043E \u0432\u0441\u0451 \u0445\u043E\u0440\u043E\u0448\u043E. \u041E\u043D \u043D\u0435 \u043F\u043E\u0432\u0435\u0440\u0438\u043B \u0435\u0439. | windows-1251
            \u041E\u043D\u0430 \u0432\u043E\u0448\u043B\u0430 \u0432 \u043A\u043E\u043C\u043D\u0430\u0442\u0443 \u0438 \u0441\u043A\u0430\u0437\u0430\u043B\u0430, \u0447\u0442\u043E \u0432\u0441\u0435 \u0445\u043E\u0440\u043E\u0448\u043E. \u041E\u043D \u043D\u0435 \u043F\u043E\u0432\u0435\u0440\u0438\u043B \u0435\u0439. | KOI8-R
            \u3042\u306E\u65E5\u3001\u5F7C\u5973\u306F\u7A93\u306E\u5916\u3092\u898B\u3066\u3044\u305F\u3002\u96E8\u304C\u964D\u3063\u3066\u3044\u305F\u3002\u5F7C\u306F\u307E\u3060\u6765\u306A\u3044\u3002 | Shift_JIS
            \u3042\u306E\u65E5\u3001\u5F7C\u5973\u306F\u7A93\u306E\u5916\u3092\u898B\u3066\u3044\u305F\u3002\u96E8\u304C\u964D\u3063\u3066\u3044\u305F\u3002\u5F7C\u306F\u307E\u3060\u6765\u306A\u3044\u3002 | EUC-JP
            """)
    void detectsNonWesternCharsetsWithTheDetector(String text, String charset) {
        Decoded d = Decoder.decode(bytes(text, charset), null);
        assertThat(d.text()).isEqualTo(text);
        assertThat(d.charset()).isEqualTo(Charset.forName(charset).name());
    }

    @Test
    void bytes80To9FInWesternTextMeanWindows1252NeverC1() {
        byte[] b = hex("49 74 92 73 20 93 66 69 6E 65 94 20 97 20 6F 6B 85");
        Decoded d = Decoder.decode(b, null);
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("It\u2019s \u201Cfine\u201D \u2014 ok\u2026");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            iso-8859-1   | 4D E4 64 63 68 65 6E 20 73 61 DF 2E       | ISO-8859-1   | Mädchen saß.
            ISO-8859-1   | 64 6F 6E 92 74 20 93 67 6F 94             | windows-1252 | don’t “go”
            latin1       | 64 6F 6E 92 74                            | windows-1252 | don’t
            iso-8859-15  | 35 20 A4 20 63 BD 75 72                   | ISO-8859-15  | 5 € cœur
            utf-8        | 63 61 66 C3 A9                            | UTF-8        | café
            iso-8859-1   | 63 61 66 C3 A9 20 E2 80 94 20 6E 61 C3 AF | UTF-8        | café — naï
            no-such-set  | 63 61 66 E9                               | ISO-8859-1   | café
            """)
    void usesDeclaredCharsetUnlessBytesContradictIt(String declared, String hex, String charset,
            String text) {
        Decoded d = Decoder.decode(hex(hex), declared);
        assertThat(d.charset()).isEqualTo(charset);
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void declaredUtf8WithLegacyBytesFallsBackToDetection() {
        Decoded d = Decoder.decode(hex("64 6F 6E 92 74 20 93 67 6F 94"), "UTF-8");
        assertThat(d.charset()).isEqualTo("windows-1252");
        assertThat(d.text()).isEqualTo("don\u2019t \u201Cgo\u201D");
    }

    @Test
    void utf8WithAStrayLegacyByteKeepsUtf8AndReportsIt() {
        byte[] b = hex("63 61 66 C3 A9 20 C3 BC 62 65 72 20 64 6F 6E 92 74");
        Decoded d = Decoder.decode(b, null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("caf\u00E9 \u00FCber don\u2019t");
        assertThat(hasCode(d, "mixed-encoding")).isTrue();
    }

    @Test
    void truncatedUtf8AtTheEndStaysUtf8WithAReplacement() {
        Decoded d = Decoder.decode(hex("63 61 66 C3 A9 20 E2 80"), null);
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.text()).isEqualTo("caf\u00E9 \uFFFD");
        assertThat(hasCode(d, "replacement-characters")).isTrue();
    }

    @Test
    void normalisesLineEndsToLf() {
        Decoded d = Decoder.decode(bytes("a\r\nb\rc\nd", "UTF-8"), null);
        assertThat(d.text()).isEqualTo("a\nb\nc\nd");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void composesToNfc() {
        Decoded d = Decoder.decode(bytes("Cafe\u0301 Zoe\u0308", "UTF-8"), null);
        assertThat(d.text()).isEqualTo("Caf\u00E9 Zo\u00EB");
    }

    @Test
    void removesNulAndC0ControlsButKeepsTabsWithOneProblem() {
        Decoded d = Decoder.decode(hex("61 00 62 09 63 1A 0A 64 07"), null);
        assertThat(d.text()).isEqualTo("ab\tc\nd");
        assertThat(d.problems()).extracting(Problem::code).containsExactly("control-characters");
        assertThat(d.problems().get(0).message()).contains("3");
        assertThat(d.problems().get(0).line()).isEqualTo(1);
        assertThat(d.problems().get(0).column()).isEqualTo(2);
    }

    @Test
    void mapsC1CharactersInUtf8ToWhatWindows1252Meant() {
        Decoded d = Decoder.decode(bytes("It\u0092s \u0093fine\u0094", "UTF-8"), null);
        assertThat(d.text()).isEqualTo("It\u2019s \u201Cfine\u201D");
        assertThat(hasCode(d, "c1-characters-mapped")).isTrue();
    }

    @Test
    void reportsReplacementCharactersWithPosition() {
        Decoded d = Decoder.decode(bytes("ok\nbad \uFFFD here \uFFFD", "UTF-8"), null);
        Problem p = d.problems().stream().filter(x -> x.code().equals("replacement-characters")).findFirst()
                .orElseThrow();
        assertThat(p.line()).isEqualTo(2);
        assertThat(p.column()).isEqualTo(5);
        assertThat(p.message()).startsWith("2 ");
    }

    @Test
    void emptyInputIsEmptyUtf8Text() {
        Decoded d = Decoder.decode(new byte[0], null);
        assertThat(d.text()).isEmpty();
        assertThat(d.charset()).isEqualTo("UTF-8");
        assertThat(d.problems()).isEmpty();
    }

    @Test
    void sniffsCharsetFromHtmlMetaAndXmlDeclaration() {
        assertThat(Decoder.sniffHtmlMetaCharset(
                bytes("<html><head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">",
                        "US-ASCII")))
                .isEqualTo("iso-8859-1");
        assertThat(Decoder.sniffHtmlMetaCharset(bytes("<!doctype html><meta charset='utf-8'>", "US-ASCII")))
                .isEqualTo("utf-8");
        assertThat(Decoder.sniffHtmlMetaCharset(bytes("<?xml version=\"1.0\" encoding=\"windows-1252\"?>",
                "US-ASCII"))).isEqualTo("windows-1252");
        assertThat(Decoder.sniffHtmlMetaCharset(bytes("<html><body>no charset</body>", "US-ASCII"))).isNull();
    }

    @Test
    void decodesLargeAsciiFast() {
        byte[] line = "The quick brown fox jumps over the lazy dog, again and again.\n"
                .getBytes(StandardCharsets.US_ASCII);
        byte[] big = new byte[line.length * 200_000];
        for (int i = 0; i < 200_000; i++) {
            System.arraycopy(line, 0, big, i * line.length, line.length);
        }
        Decoder.decode(big, null); // warm up
        long start = System.nanoTime();
        Decoded d = Decoder.decode(big, null);
        double seconds = (System.nanoTime() - start) / 1e9;
        assertThat(d.text()).hasSize(big.length);
        // A smoke bound that a shared, loaded test machine still meets; it catches a slow path.
        assertThat(big.length / 1e6 / seconds).as("MB/s").isGreaterThan(10);
    }

    @Test
    void hostileInputStaysLinear() {
        StringBuilder line = new StringBuilder();
        while (line.length() < 3_000_000) {
            line.append("a.b\u00C3\u00A9\u00E2\u20AC x.y.z\r\u0000");
        }
        long start = System.nanoTime();
        Decoded d = Decoder.decode(line.toString().getBytes(StandardCharsets.UTF_8), null);
        java.util.List<org.ficshelf.doc.TextLine> lines = LostEllipsis.repair(
                java.util.List.of(org.ficshelf.doc.TextLine.plain(1, d.text().replace('\n', ' '))),
                org.ficshelf.ProblemList.tracking());
        assertThat(lines).hasSize(1);
        assertThat((System.nanoTime() - start) / 1e9).as("seconds").isLessThan(20);
    }
}
