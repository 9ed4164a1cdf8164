package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.ficshelf.canon.Canon;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RelationshipNotationTest {
    private static final Canon CANON = Canon.bundled();

    private static List<String> read(String fandoms, String stated) {
        Map<String, Integer> mentions = Map.of("Spike", 5, "Xander Harris", 4, "Buffy Summers", 6, "Angel",
                3);
        var r = new RelationshipNotation(CANON, Set.of(fandoms.split(" ")), mentions).read(stated);
        return r.relationships().stream().map(RelationshipNotation.Relationship::tag).toList();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            btvs ats | Spike/Xander                     | Spike/Xander Harris
            btvs ats | Giles/Joyce                      | Joyce Summers/Rupert Giles
            btvs ats | Spuffy                           | Buffy Summers/Spike
            btvs ats | Bangel                           | Angel/Buffy Summers
            btvs ats | Spander                          | Spike/Xander Harris
            btvs ats | S/X                              | Spike/Xander Harris
            btvs ats | B/A                              | Angel/Buffy Summers
            btvs ats | Fuffy                            | Buffy Summers/Faith Lehane
            btvs ats | past Spike/Dru                   | Drusilla/Spike
            btvs ats | none (Buffy & Giles friendship)  | Buffy Summers & Rupert Giles
            btvs ats | none, Dawn & Spike friendship    | Dawn Summers & Spike
            btvs ats | None really. Willow & Xander       | Willow Rosenberg & Xander Harris
            btvs ats | Willow/Tara                      | Tara Maclay/Willow Rosenberg
            btvs ats | Giles/Ethan                      | Ethan Rayne/Rupert Giles
            btvs ats | Gunn/Fred                        | Charles Gunn/Winifred "Fred" Burkle
            btvs ats | Angel x Cordelia                 | Angel/Cordelia Chase
            btvs ats | Wes+Fred                         | Wesley Wyndam-Pryce/Winifred "Fred" Burkle
            btvs ats | Buffy and Riley                  | Buffy Summers/Riley Finn
            btvs ats | implied Xander/Anya              | Anya Jenkins/Xander Harris
            btvs ats | Oz/Giles/Xander                  | Oz/Rupert Giles/Xander Harris
            tos      | K/S, pre-slash                   | James T. Kirk/Spock
            tos      | Kirk/Spock                       | James T. Kirk/Spock
            xf       | Mulder/Scully UST                | Dana Scully/Fox Mulder
            xf       | MSR                              | Dana Scully/Fox Mulder
            hp       | Drarry                           | Draco Malfoy/Harry Potter
            hp       | Hermione G./Ron                  | Hermione Granger/Ron Weasley
            """)
    void canonicalisesStatedNotation(String fandoms, String stated, String expected) {
        assertThat(read(fandoms, stated)).containsExactly(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            none
            none really
            gen
            N/A
            no pairing
            """)
    void readsNoneAsNoRelationship(String stated) {
        var r = new RelationshipNotation(CANON, Set.of("btvs"), Map.of()).read(stated);
        assertThat(r.relationships()).isEmpty();
        assertThat(r.none()).isTrue();
    }

    @org.junit.jupiter.api.Test
    void keepsSeveralPairingsInOrder() {
        assertThat(read("btvs ats", "Spike/Buffy, past Angel/Buffy; Willow/Oz"))
                .containsExactly("Buffy Summers/Spike", "Angel/Buffy Summers", "Oz/Willow Rosenberg");
    }
}
