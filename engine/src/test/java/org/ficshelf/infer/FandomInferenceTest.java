package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.infer.CanonTaggerTest.work;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FandomInferenceTest {
    private static final List<String> PLAIN = List.of("They walked along the river and said nothing at all.");

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            listTag    | BTVS                            | Buffy the Vampire Slayer
            fandom     | BtVS                            | Buffy the Vampire Slayer
            fandom     | AtS                             | Angel: the Series
            category   | XF, MSR, angst                  | The X-Files
            fandom     | ST:TOS                          | Star Trek: The Original Series
            fandom     | HP                              | Harry Potter - J. K. Rowling
            fandom     | SG-1                            | Stargate SG-1
            fandom     | SPN                             | Supernatural
            fandom     | Buffy - Im Bann der Dämonen     | Buffy the Vampire Slayer
            subject    | [DS9] FIC: Shore Leave (1/1)    | Star Trek: Deep Space Nine
            disclaimer | Characters belong to Chris Carter and 1013. | The X-Files
            disclaimer | All belong to J. K. Rowling.   | Harry Potter - J. K. Rowling
            """)
    void fandomFromStatedTagsAndDisclaimers(String key, String value, String expected) {
        assertThat(CanonTagger.tag(work(PLAIN, key, value), "en").fandoms()).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Mulder handed Scully the file; Skinner frowned.                    | The X-Files
            Picard asked Riker and Troi to join him in the ready room.         | Star Trek: The Next Generation
            Sisko watched Kira and Odo cross the Promenade.                    | Star Trek: Deep Space Nine
            Hermione and Ron found Harry behind the greenhouse at Hogwarts.    | Harry Potter - J. K. Rowling
            Dean threw Sam the keys while Castiel watched.                     | Supernatural
            Frodo and Sam followed Gandalf into the dark.                      | The Lord of the Rings - J. R. R. Tolkien
            Kakashi sighed while Naruto and Sasuke fought again.               | Naruto
            Cloud and Tifa waited for Barret in Midgar.                        | Final Fantasy VII
            Xander and Willow met Buffy at the Bronze.                         | Buffy the Vampire Slayer
            Wesley and Gunn found Fred in the Hyperion lobby with Lorne.       | Angel: the Series
            """)
    void fandomFromCharacters(String sentence, String expected) {
        assertThat(CanonTagger.tag(work(List.of(sentence, sentence)), "en").fandoms())
                .containsExactly(expected);
    }

    @Test
    void tellsAngelTheSeriesFromBuffyBySetting() {
        var tags = CanonTagger.tag(work(List.of("Angel handed Cordelia the coffee.",
                "Outside, Los Angeles was loud; Wolfram & Hart's tower glowed.")), "en");
        assertThat(tags.fandoms()).containsExactly("Angel: the Series");
    }

    @Test
    void crossoverNeedsStrongEvidenceForEachFandom() {
        var tags = CanonTagger.tag(work(List.of("Fox Mulder showed Scully the photograph again.",
                "Duncan MacLeod stepped out of the shadows; Methos followed him.",
                "Scully frowned at MacLeod. Mulder laughed at Methos.")), "en");
        assertThat(tags.fandoms()).containsExactlyInAnyOrder("The X-Files", "Highlander: The Series");
    }

    @Test
    void aPassingMentionIsNotACrossover() {
        var tags = CanonTagger.tag(work(List.of("Giles read The Hobbit to Buffy; she liked Gandalf.",
                "Buffy asked Giles about Sunnydale.")), "en");
        assertThat(tags.fandoms()).containsExactly("Buffy the Vampire Slayer");
    }
}
