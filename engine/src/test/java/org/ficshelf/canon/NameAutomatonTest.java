package org.ficshelf.canon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameAutomatonTest {
    private static final Canon CANON = Canon.bundled();

    private static List<NameHit> hits(String text) {
        List<NameHit> out = new ArrayList<>();
        CANON.names().scan(text, out::add);
        return out;
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            btvs     | William the Bloody   | Spike
            btvs     | Spikey               | Spike
            btvs     | the Slayer           | Buffy Summers
            btvs     | the Bit              | Dawn Summers
            btvs     | Niblet               | Dawn Summers
            btvs     | Soldier Boy          | Riley Finn
            btvs     | Ripper               | Rupert Giles
            btvs     | Angelus              | Angel
            ats      | Wes                  | Wesley Wyndam-Pryce
            ats      | Fred                 | Winifred "Fred" Burkle
            ats      | Lorne                | Lorne
            xf       | Spooky               | Fox Mulder
            xf       | CSM                  | Cigarette Smoking Man
            tos      | Bones                | Leonard McCoy
            tos      | James T. Kirk        | James T. Kirk
            tng      | Jean-Luc             | Jean-Luc Picard
            ds9      | O'Brien              | Miles O'Brien
            hp       | Padfoot              | Sirius Black
            sherlock | Mrs. Hudson          | Mrs. Hudson
            dw       | Clara                | Clara Oswin Oswald
            mcu      | Bucky                | James "Bucky" Barnes
            lotr     | Strider              | Aragorn
            sg1      | Teal'c               | Teal'c
            """)
    void aliasNamesCharacterOfItsFandom(String fandom, String alias, String expected) {
        List<String> names = new ArrayList<>();
        for (NameHit hit : hits("Yesterday " + alias + " came back.")) {
            for (Name n : hit.names()) {
                CanonCharacter c = n.kind() == Name.Kind.CHARACTER
                        ? CANON.characters().get(n.target())
                        : null;
                if (c != null && c.fandoms().contains(fandom)) {
                    names.add(c.name());
                }
            }
        }
        assertThat(names).contains(expected);
    }

    @Test
    void prefersTheLongestNameAndKeepsOffsets() {
        List<NameHit> hits = hits("Then Buffy Summers met Dawn.");
        assertThat(hits).hasSize(2);
        assertThat(hits.get(0).start()).isEqualTo(5);
        assertThat(hits.get(0).end()).isEqualTo(18);
        assertThat(hits.get(1).nameLike()).isTrue();
    }

    @Test
    void marksSentenceStartsAndTitles() {
        List<NameHit> hits = hits("Dawn broke. Agent Scully sighed. He saw Dawn's bag.");
        assertThat(hits.get(0).sentenceInitial()).isTrue();
        assertThat(hits.get(0).nameLike()).isFalse();
        assertThat(hits).anyMatch(h -> h.titled());
        assertThat(hits.get(hits.size() - 1).nameLike()).isTrue();
    }

    @Test
    void acronymsMatchOnlyInCapitals() {
        assertThat(hits("la vie en rose")).noneMatch(h -> h.upper() && h.names().stream()
                .anyMatch(n -> n.kind() == Name.Kind.CUE));
        assertThat(hits("back in LA again")).anyMatch(h -> h.upper());
    }

    @Test
    void scansAHugeSingleLineInLinearTime() {
        String text = "Buffy and Spike ".repeat(200_000);
        long start = System.nanoTime();
        int[] n = {0};
        CANON.names().scan(text, h -> n[0]++);
        assertThat(n[0]).isEqualTo(400_000);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }
}
