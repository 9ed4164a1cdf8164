package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.ficshelf.Provenance;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WarningReaderTest {

    private static ContentTags withWarnings(String stated, String body) {
        return ContentReader.read(ContentReaderTest.work(body, Map.of("warnings", stated), null, List.of()),
                "en");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            none                               | No Archive Warnings Apply
            None really.                       | No Archive Warnings Apply
            character death                    | Major Character Death
            MCD                                | Major Character Death
            death fic                          | Major Character Death
            violence                           | Graphic Depictions Of Violence
            gore                               | Graphic Depictions Of Violence
            non-con                            | Rape/Non-Con
            rape                               | Rape/Non-Con
            underage                           | Underage Sex
            chose not to warn                  | Creator Chose Not To Use Archive Warnings
            angst, language                    | No Archive Warnings Apply
            dub-con                            | No Archive Warnings Apply
            character death (sort of), angst   | Major Character Death
            """)
    void mapsStatedWarningsToArchiveWarnings(String stated, String expected) {
        assertThat(withWarnings(stated, "They had tea.").warnings()).containsExactly(expected);
    }

    @Test
    void keepsSeveralStatedWarningsAndDropsNone() {
        assertThat(withWarnings("violence, character death", "Tea.").warnings())
                .containsExactlyInAnyOrder("Graphic Depictions Of Violence", "Major Character Death");
    }

    @Test
    void keepsWarningsThatAreNotArchiveWarningsAsTags() {
        ContentTags tags = withWarnings("angst, language, dub-con, spoilers for season 6", "Tea.");
        assertThat(tags.tags()).contains("Angst", "Language", "Dubious Consent", "Season/Series 06 Spoilers");
        assertThat(tags.warnings()).containsExactly("No Archive Warnings Apply");
    }

    @Test
    void defaultsToCreatorChoseNotToWarnWhenNothingSettlesIt() {
        ContentTags tags = ContentReader.read(
                ContentReaderTest.work("They had tea and he died a little inside."),
                "en");
        assertThat(tags.warnings()).containsExactly("Creator Chose Not To Use Archive Warnings");
        assertThat(tags.fields().get("warnings").from()).isEqualTo(Provenance.DEFAULT);
    }

    @Test
    void infersMajorCharacterDeathFromADeathSceneWithEvidence() {
        String body = """
                Giles held Ethan's hand through the night.

                Near dawn Ethan stopped breathing. There was a long space where a breath should have been.

                His heart stopped. Giles sat with the body until the funeral men came.""";
        ContentTags tags = ContentReader.read(ContentReaderTest.work(body), "en");
        assertThat(tags.warnings()).containsExactly("Major Character Death");
        assertThat(tags.fields().get("warnings").from()).isEqualTo(Provenance.INFERRED);
        assertThat(tags.fields().get("warnings").evidence()).anyMatch(e -> e.startsWith("line 3: "));
    }

    @Test
    void aFigureOfSpeechIsNoDeath() {
        ContentTags tags = ContentReader
                .read(ContentReaderTest.work("She was dying to tell him. He nearly died of "
                        + "embarrassment, then died laughing."), "en");
        assertThat(tags.warnings()).containsExactly("Creator Chose Not To Use Archive Warnings");
    }

    @Test
    void infersGraphicViolenceFromGore() {
        String body = "The body lay eviscerated, entrails across the floor, a pool of blood under the mangled corpse.";
        assertThat(ContentReader.read(ContentReaderTest.work(body), "en").warnings())
                .containsExactly("Graphic Depictions Of Violence");
    }

    @Test
    void readsAWarningPhraseInTheNotes() {
        ContentTags tags = ContentReader.read(
                ContentReaderTest.work("Tea.", Map.of(), null, List.of("Warning: character death. Sorry!")),
                "en");
        assertThat(tags.warnings()).containsExactly("Major Character Death");
    }
}
