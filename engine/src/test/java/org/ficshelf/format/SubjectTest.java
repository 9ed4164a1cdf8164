package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SubjectTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            [BTVS] FIC: Basement Weather (2/3) Spike/Xander, R  | Basement Weather    | 2  | 3  | Spike/Xander       | R
            FIC: Salt and Silver                                 | Salt and Silver     | -  | -  | -                  | -
            NEW FIC: Salt and Silver [1/5] (PG-13)               | Salt and Silver     | 1  | 5  | -                  | PG-13
            [fic] Lanterns 2/5                                   | Lanterns            | 2  | 5  | -                  | -
            Re: [BTVS] FIC: Basement Weather (2/3)               | Basement Weather    | 2  | 3  | -                  | -
            Fwd: FIC: Paper Moon, Part 2/5                       | Paper Moon          | 2  | 5  | -                  | -
            Just Like Old Times    PART I                        | Just Like Old Times | 1  | -  | -                  | -
            Just Like Old Times, PART 4 END                      | Just Like Old Times | 4  | 4  | -                  | -
            Christmas Story - pt.1                               | Christmas Story     | 1  | -  | -                  | -
            The Long Road - Part 3                               | The Long Road       | 3  | -  | -                  | -
            Elizabeth (1 of 1)                                   | Elizabeth           | 1  | 1  | -                  | -
            REPOST FOR ARCHIVE: Julia pt.2                       | Julia               | 2  | -  | -                  | -
            Dead Languages (R)                                   | Dead Languages      | -  | -  | -                  | R
            Dead Languages {NC-17}                               | Dead Languages      | -  | -  | -                  | NC-17
            Dead Languages, Giles/Ethan, NC-17                   | Dead Languages      | -  | -  | Giles/Ethan        | NC-17
            Winter Light (3/7) R, Buffy/Spike                    | Winter Light        | 3  | 7  | Buffy/Spike        | R
            Winter Light [3/?] Willow x Tara - PG                | Winter Light        | 3  | -  | Willow x Tara      | PG
            [HP] Fic: Stone Steps, Chapter 4 (Harry/Draco; FR15) | Stone Steps         | 4  | -  | Harry/Draco        | FR15
            [SGA] Tide Tables (FRM)                              | Tide Tables         | -  | -  | -                  | FRM
            Plan R                                               | Plan R              | -  | -  | -                  | -
            Catch 18                                             | Catch 18            | -  | -  | -                  | -
            "watched"                                            | watched             | -  | -  | -                  | -
            [XF] Tunguska Blues (2/2) M/S, NC-17                 | Tunguska Blues      | 2  | 2  | M/S                | NC-17
            Snowfall Part Two of Three                           | Snowfall            | 2  | -  | -                  | -
            Ficlet: Small Hours [PG] Spike/Buffy                 | Small Hours         | -  | -  | Spike/Buffy        | PG
            """)
    void readsTitlePartPairingAndRating(String subject, String title, Integer part, Integer of,
            String pairing,
            String rating) {
        Subject s = Subject.parse(subject);
        assertThat(s.title()).isEqualTo(title);
        if (part == null) {
            assertThat(s.part()).isNull();
        } else {
            assertThat(s.part()).isEqualTo(new PartNumber(part, of));
        }
        if (pairing == null) {
            assertThat(s.pairings()).isEmpty();
        } else {
            assertThat(s.pairings()).containsExactly(pairing);
        }
        assertThat(s.rating()).isEqualTo(rating);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            [BTVS] FIC: Basement Weather (2/3)   | BTVS
            [fic] Lanterns 2/5                   | -
            [SGA][FIC] Gate Math                 | SGA
            """)
    void keepsTheListTagApartFromFicMarkers(String subject, String tag) {
        assertThat(Subject.parse(subject).listTag()).isEqualTo(tag);
    }
}
