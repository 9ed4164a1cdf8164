package org.ficshelf.decode;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.TextLine;

class DecoderPropertiesTest {

    @Property(tries = 2000)
    void neverThrowsAndNeverOutputsControls(@ForAll @Size(max = 300) byte[] bytes) {
        Decoded d = Decoder.decode(bytes, null);
        assertClean(d.text());
        assertThat(d.confidence()).isBetween(0.0, 1.0);
    }

    @Property(tries = 500)
    void neverThrowsWithAnyDeclaredLabel(@ForAll @Size(max = 120) byte[] bytes,
            @ForAll @StringLength(max = 20) String declared) {
        assertClean(Decoder.decode(bytes, declared).text());
    }

    @Property(tries = 1000)
    void lostEllipsisNeverThrowsAndOnlyInsertsDots(@ForAll @StringLength(max = 200) String text) {
        List<TextLine> out = LostEllipsis.repair(List.of(TextLine.plain(1, text)), ProblemList.tracking());
        assertThat(out.get(0).text().replace("...", ".")).hasSizeLessThanOrEqualTo(text.length());
        assertThat(out.get(0).text().length()).isGreaterThanOrEqualTo(text.length());
    }

    private static void assertClean(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            assertThat(c < 0x20 && c != '\n' && c != '\t').as("C0 control U+%04X", (int) c).isFalse();
            assertThat(c >= 0x7F && c <= 0x9F).as("DEL/C1 control U+%04X", (int) c).isFalse();
        }
        assertThat(text).doesNotContain("\r");
    }
}
