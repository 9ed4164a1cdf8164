package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ficshelf.FieldInfo;
import org.ficshelf.Provenance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Unstated relationships read from the story text: sex scenes and single strong cues propose a
 * pairing, a three-person sex scene a threesome, and friendship, family, cheek kisses, past
 * lovers and negated kisses nothing. Paragraphs are separated by {@code //} in the tables.
 */
class RelationshipInferenceTest {

    private static CanonTags tag(String paragraphs) {
        return CanonTagger.tag(CanonTaggerTest.work(List.of(paragraphs.split("\\s*//\\s*"))), "en");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mulder locked the motel door and turned. Scully was already unbuttoning her blouse. // Mulder pushed her onto the bed. His cock was hard against her thigh and Scully guided him into her, thrusting up to meet him. // Afterward Mulder lay with his head on Scully's stomach and listened to the rain. | Dana Scully/Fox Mulder
            Kirk found Spock in the observation lounge, alone. // Spock's hands were steady on the fastenings of Kirk's uniform. Kirk arched when Spock took his cock in hand, stroking him until his orgasm left him shaking. // Later Kirk slept, and Spock watched the stars. | James T. Kirk/Spock
            Harry waited in the empty common room until Ginny came down the stairs. // Ginny pulled Harry down onto the rug. She straddled him and he was inside her, her nipples hard under his palms, until her climax took them both. // The fire had burned low by the time Harry carried her blanket upstairs. | Ginny Weasley/Harry Potter
            John came back from the surgery late and found Sherlock on the sofa. // Sherlock's mouth was on John's throat, and then John's cock was in Sherlock's hand, and John came hard with a curse. // Mrs Hudson knocked at nine and they pretended to be asleep. | John Watson/Sherlock Holmes
            """)
    void aSexSceneBetweenTwoNamedCharactersIsTheirRelationship(String paragraphs, String expected) {
        CanonTags tags = tag(paragraphs);

        assertThat(tags.relationships()).containsExactly(expected);
        FieldInfo field = tags.fields().get("relationships");
        assertThat(field.from()).isEqualTo(Provenance.INFERRED);
        assertThat(field.evidence()).singleElement().asString().startsWith(expected + ": line 12");
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Mulder drove all night. Scully slept against the window until Richmond. // At the diner Mulder leaned across the table and kissed Scully on the mouth, once, and went back to his eggs. // They paid and drove on to the field office. | Dana Scully/Fox Mulder
            Willow found Tara on the porch at dusk. // "I love you," Willow told Tara, and Tara smiled and took her hand. // They went inside to make tea. | Tara Maclay/Willow Rosenberg
            Sherlock fell asleep on the sofa at Baker Street halfway through John's film. // John woke up in Sherlock's arms at three in the morning and did not move. // The film menu was still playing. | John Watson/Sherlock Holmes
            Bones came off shift and found Kirk asleep in the med bay chair. // McCoy woke in Kirk's bed the next morning; Jim was still asleep beside him, and they had slept together at last. // The bridge called at seven. | James T. Kirk/Leonard McCoy
            """)
    void oneStrongCueProposesThePairWithLowerConfidence(String paragraphs, String expected) {
        CanonTags tags = tag(paragraphs);

        assertThat(tags.relationships()).containsExactly(expected);
        assertThat(tags.fields().get("relationships").confidence()).isBetween(0.45, 0.65);
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', textBlock = """
            Buffy lit the candles while Angel and Spike argued in the doorway. // Spike kissed Buffy while Angel stroked her breasts, and she reached for Spike's cock with one hand and Angel's with the other. // Angel thrust into her from behind as Spike watched, and Buffy came with Spike's name and Angel's in her mouth. // Spike lay across the foot of the bed afterward, and Angel smoked. | Angel/Buffy Summers/Spike
            Kirk called McCoy and Spock to his quarters after the shift. // Spock held Kirk's wrists while McCoy took Kirk's cock in his mouth, and Kirk's orgasm made all three of them groan. // Then McCoy was inside Spock, thrusting slowly, and Kirk stroked Spock's erection until he climaxed. // They slept in a tangle on Kirk's bunk. | James T. Kirk/Leonard McCoy/Spock
            """)
    void aSexSceneOfThreeIsOneThreesome(String paragraphs, String expected) {
        CanonTags tags = tag(paragraphs);

        assertThat(tags.relationships()).containsExactly(expected);
        assertThat(tags.categories()).isNotEmpty().doesNotContain("Gen");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            a hug between friends            | Xander hugged Willow hard at the bus stop. // Willow embraced Xander again before the bus came, and he waved until it turned the corner.
            a hand on an arm                 | Scully put a hand on Mulder's arm. // Mulder nodded, and Scully kept her hand on his arm while the coroner talked.
            I love you, man                  | Xander grinned at Oz across the van. // "I love you, man," Xander told Oz, and Oz nodded gravely and turned up the radio.
            family affection                 | Buffy came down for breakfast and found Joyce at the stove. // Buffy kissed Joyce and said, "Love you, Mom," and ran for the bus.
            a kiss on the cheek              | Giles met Buffy at the station. // Buffy kissed Giles on the cheek and took her bag from him.
            a kiss on the forehead           | Kirk sat by McCoy's bed in sickbay. // Kirk kissed McCoy's forehead before he left for the bridge.
            like a brother                   | Hermione hugged Harry. // "I love you, you know," Hermione told Harry. "Like a brother. Don't be an idiot." Harry laughed.
            a past relationship mentioned    | Giles poured Joyce a second cup of tea. // Giles and Jenny had been lovers once, long ago, Joyce knew, and she did not ask about it.
            a kiss witnessed                 | Giles looked up from the card catalogue. // Giles watched Buffy kiss the new boy at the library door and went back to his cataloguing.
            lovers of a case file            | Mulder spread the photographs across the desk. // "The two lovers were found in the car," Mulder told Scully. Scully took the file from him.
            a wish to meet someone           | Willow called Buffy from the airport. // "I'd love you to meet my roommate," Willow told Buffy. "She's staying all week."
            a kiss that did not happen       | Mulder stood close to Scully at the door. // Mulder never kissed Scully that night; he said goodnight and walked back to his car.
            """)
    void friendshipFamilyAndThePastAreNoRelationship(String what, String paragraphs) {
        CanonTags tags = tag(paragraphs);

        assertThat(tags.relationships()).as(what).isEmpty();
        assertThat(tags.categories()).containsExactly("Gen");
    }
}
