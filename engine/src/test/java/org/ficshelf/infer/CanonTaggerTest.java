package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.Provenance;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.parse.ParsedWork;
import org.junit.jupiter.api.Test;

class CanonTaggerTest {

    /** A parsed work of invented paragraphs (lines 10, 12, ...) and stated pairs key, value, ... */
    static ParsedWork work(List<String> paragraphs, String... stated) {
        Map<String, String> map = new LinkedHashMap<>();
        for (int i = 0; i + 1 < stated.length; i += 2) {
            map.put(stated[i], stated[i + 1]);
        }
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < paragraphs.size(); i++) {
            blocks.add(Paragraph.plain(paragraphs.get(i), 10 + 2 * i));
        }
        return new ParsedWork(null, List.of(), null, map, List.of(), List.of(),
                new Document(List.of(new Chapter(null, blocks))), null, Map.of(), List.of());
    }

    @Test
    void tagsStatedPairingWithProvenanceForEveryField() {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "Giles polished his glasses while Joyce poured the tea.",
                "\"You worry too much,\" Joyce said, and Giles smiled at her over the cups.",
                "Later Buffy came in from patrol and asked where Willow had gone."),
                "pairings", "Giles/Joyce", "disclaimer", "They belong to Joss Whedon."), "en");

        assertThat(tags.fandoms()).containsExactly("Buffy the Vampire Slayer");
        assertThat(tags.relationships()).containsExactly("Joyce Summers/Rupert Giles");
        assertThat(tags.categories()).containsExactly("F/M");
        assertThat(tags.characters()).containsExactlyInAnyOrder("Rupert Giles", "Joyce Summers",
                "Buffy Summers",
                "Willow Rosenberg");
        assertThat(tags.fields()).containsKeys("fandoms", "characters", "relationships", "categories");
        assertThat(tags.fields().get("relationships").from()).isEqualTo(Provenance.STATED);
        assertThat(tags.fields().get("relationships").evidence()).contains("stated pairings: Giles/Joyce");
        assertThat(tags.fields().get("characters").evidence()).anyMatch(e -> e.startsWith("line 10: Giles"));
    }

    @Test
    void infersRomanceFromKissesBetweenTwoNamedCharacters() {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "Mulder leaned across the desk and kissed Scully before she could argue.",
                "Scully pulled Mulder close and kissed him back in the basement office.",
                "Skinner knocked twice and waited, studying the ceiling.")), "en");

        assertThat(tags.fandoms()).containsExactly("The X-Files");
        assertThat(tags.relationships()).containsExactly("Dana Scully/Fox Mulder");
        assertThat(tags.fields().get("relationships").from()).isEqualTo(Provenance.INFERRED);
        assertThat(tags.categories()).containsExactly("F/M");
    }

    @Test
    void resolvesAPronounToTheOnlyOtherCharacterOfTheScene() {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "Tara closed her book and sat down beside Willow on the dorm floor.",
                "Willow kissed her, quick and clumsy, and the pencil fell.",
                "\"I love you,\" Willow said, and then said it again.")), "en");

        assertThat(tags.relationships()).containsExactly("Tara Maclay/Willow Rosenberg");
        assertThat(tags.categories()).containsExactly("F/F");
    }

    @Test
    void leavesAPronounUnresolvedWhenTheSceneHoldsSeveralOthers() {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "Buffy, Xander and Giles argued over the map in the library.",
                "Willow kissed her mother goodbye at the door.",
                "Willow waved, and Buffy waved back, and Giles sighed.")), "en");

        assertThat(tags.relationships()).isEmpty();
    }

    @Test
    void saysNoneWhenNothingIsRomantic() {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "Hermione dragged Neville into the library to revise.",
                "Neville groaned, but Hermione had already opened the Potions book.")), "en");

        assertThat(tags.relationships()).isEmpty();
        assertThat(tags.categories()).containsExactly("Gen");
        assertThat(tags.fandoms()).containsExactly("Harry Potter - J. K. Rowling");
    }

    @Test
    void aStatedCategoryWinsWhenAPartnersGenderIsUnknown() {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "Shepard found Liara in the archive long after the others had gone to bed.",
                "Liara looked up from the data pads and smiled, tired and glad."),
                "pairings", "Shepard/Liara", "category", "F/F"), "en");

        assertThat(tags.relationships()).containsExactly("Commander Shepard/Liara T'Soni");
        assertThat(tags.categories()).containsExactly("F/F");
        assertThat(tags.fields().get("categories").from()).isEqualTo(Provenance.STATED);
    }

    @org.junit.jupiter.params.ParameterizedTest(name = "{0} -> {1}")
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', textBlock = """
            Drama, Mulder/Scully friendship          | Dana Scully & Fox Mulder
            Angst, Mulder/Scully, friends to lovers  | Dana Scully/Fox Mulder
            Casefile, Mulder/Scully                  | Dana Scully/Fox Mulder
            someone asked for MSR but make it gen    | Dana Scully & Fox Mulder
            """)
    void aLooseNotationIsPlatonicWhenItsSegmentSaysSo(String category, String relationship) {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "Mulder drove; Scully read the case file aloud in the rain outside the motel."),
                "category", category), "en");

        assertThat(tags.relationships()).containsExactly(relationship);
    }

    @Test
    void someoneElsesSpouseIsNoRomanceBetweenTheTwoNamed() {
        CanonTags tags = CanonTagger.tag(work(List.of(
                "\"My husband never locked the shed,\" the widow told Scully, while Doggett took notes.",
                "Doggett asked whether her neighbour's wife had seen the truck; Scully shook her head.",
                "\"Your husband was a careful man,\" Doggett said, and Scully looked at the photograph.")),
                "en");

        assertThat(tags.relationships()).isEmpty();
    }

    @Test
    void nothingKnownGivesEmptyTags() {
        CanonTags tags = CanonTagger.tag(work(List.of("The rain came down on the empty street all night.")),
                "en");

        assertThat(tags.fandoms()).isEmpty();
        assertThat(tags.characters()).isEmpty();
        assertThat(tags.categories()).containsExactly("Gen");
    }
}
