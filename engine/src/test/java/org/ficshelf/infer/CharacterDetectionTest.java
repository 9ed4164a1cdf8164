package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.infer.CanonTaggerTest.work;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CharacterDetectionTest {
    private static final String BUFFY_CONTEXT = "Buffy and Giles argued about the Hellmouth in Sunnydale again.";

    private static List<String> characters(String... paragraphs) {
        return CanonTagger.tag(work(List.of(paragraphs), "disclaimer", "Joss Whedon owns them."), "en")
                .characters();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Then Angel walked in without knocking.                   | Angel
            She knew that Faith would be late again.                 | Faith Lehane
            Xander said that Dawn had taken the last cookie.         | Dawn Summers
            Giles suspected Glory had been there first.              | Glory
            Willow said Spike was hiding in the crypt.               | Spike
            Spikey, she thought, was the wrong word for him.         | Spike
            Buffy heard the Bit coming down the stairs; Dawn waved.  | Dawn Summers
            Giles said Ripper was long gone.                         | Rupert Giles
            Riley, Soldier Boy to Spike, checked the gun.            | Riley Finn
            Xander looked at Wes across the lobby.                   | Wesley Wyndam-Pryce
            Gunn said Fred had gone to the lab.                      | Winifred "Fred" Burkle
            Xander watched William the Bloody smoke.                 | Spike
            """)
    void resolvesNicknamesAndCommonWordNamesInFandomContext(String sentence, String expected) {
        assertThat(characters(BUFFY_CONTEXT, sentence)).contains(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            The angel on the tree leaned to one side.                | Angel
            They kept faith with the old ways.                       | Faith Lehane
            At dawn the birds began to sing.                         | Dawn Summers
            The glory of the morning was lost on them.               | Glory
            A spike of pain went through her head.                   | Spike
            """)
    void ordinaryWordsAreNotCharacters(String sentence, String notExpected) {
        assertThat(characters(BUFFY_CONTEXT, sentence)).doesNotContain(notExpected);
    }

    @Test
    void showTitleIsNotTheCharacter() {
        assertThat(
                characters(BUFFY_CONTEXT, "This fic spoils Angel season 3 and Angel: the Series generally."))
                .doesNotContain("Angel");
    }

    @Test
    void disclaimerParagraphNamesNoOne() {
        assertThat(characters(BUFFY_CONTEXT, "Disclaimer: Spike and Angel belong to Joss Whedon."))
                .doesNotContain("Spike", "Angel");
    }

    @Test
    void surnamesAndTitlesResolveWithinTheFandom() {
        List<String> chars = CanonTagger.tag(work(List.of(
                "Agent Scully looked up from the autopsy report.",
                "\"Mulder, this is not a werewolf,\" she said, and Mulder grinned.")), "en").characters();
        assertThat(chars).containsExactlyInAnyOrder("Dana Scully", "Fox Mulder");
    }

    @Test
    void mrSpockIsSpock() {
        List<String> chars = CanonTagger.tag(work(List.of(
                "Mr. Spock raised an eyebrow at the captain on the bridge.",
                "Kirk laughed; McCoy muttered about Vulcans and the Enterprise.")), "en").characters();
        assertThat(chars).contains("Spock", "James T. Kirk", "Leonard McCoy");
    }

    @Test
    void statedCharactersAreResolved() {
        var tags = CanonTagger.tag(work(List.of("Someone waited in the common room."),
                "fandom", "Harry Potter", "characters", "Hermione G., Luna"), "en");
        assertThat(tags.characters()).contains("Hermione Granger", "Luna Lovegood");
    }

    @Test
    void aStatedFirstNameWithAnotherSurnameOrFromAnotherFandomNamesNoCanonCharacter() {
        var tags = CanonTagger.tag(work(List.of("The gate spun up while they argued in the briefing room."),
                "fandom", "Stargate SG-1", "characters", "Daniel, Jack Harper, a pilot called Dennis"), "en");
        assertThat(tags.characters()).contains("Daniel Jackson").doesNotContain("Jack O'Neill",
                "Dennis Pearson");
    }

    @Test
    void anEpithetWordStartingASentenceIsNoCharacter() {
        var tags = CanonTagger.tag(work(List.of(
                "Hermione and Neville crossed the Hogwarts greenhouse after Herbology.",
                "Nearly all the seedlings had wilted. Moaning about it helped nobody, Hermione said.",
                "First they watered the mandrakes, then Neville sat down.")), "en");
        assertThat(tags.characters()).contains("Hermione Granger", "Neville Longbottom")
                .doesNotContain("Nearly Headless Nick", "Moaning Myrtle");
    }

    @Test
    void aFirstNameSharedByTwoCharactersGoesToTheOneNamedInFull() {
        var tags = CanonTagger.tag(work(List.of(
                "Ray Kowalski parked the GTO outside the consulate in Chicago.",
                "Fraser was waiting on the steps, and Ray waved at him.",
                "\"You're late,\" Fraser said. Ray shrugged; Diefenbaker barked.")), "en");
        assertThat(tags.characters()).contains("Ray Kowalski", "Benton Fraser").doesNotContain("Ray Vecchio");
    }

    @Test
    void countsMentionsAndTellsMainFromMentioned() {
        var tags = CanonTagger.tag(work(List.of(BUFFY_CONTEXT, "Buffy sighed.", "Buffy left.",
                "Buffy thought of Oz once.")), "en");
        assertThat(tags.characters().get(0)).isEqualTo("Buffy Summers");
        assertThat(tags.fields().get("characters").evidence()).anyMatch(e -> e.contains("Buffy (main"))
                .anyMatch(e -> e.contains("Oz (mentioned, 1 mention)"));
    }
}
