package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class AdditionalTagReaderTest {

    private static List<String> tags(String key, String value) {
        return ContentReader.read(ContentReaderTest.work("Tea.", Map.of(key, value), null, List.of()), "en")
                .tags();
    }

    @ParameterizedTest(name = "{0}: {1} -> {2}")
    @CsvSource(delimiter = '|', textBlock = """
            setting  | Set S7, earlier the better        | Season/Series 07
            setting  | post-Chosen                       | Post-Episode: s07e22 Chosen
            setting  | post-season 3                     | Post-Season/Series 03
            setting  | set during season four            | Season/Series 04
            spoilers | Season 6, somewhere after Smashed | Season/Series 06 Spoilers
            spoilers | Season 6 spoilers                 | Season/Series 06 Spoilers
            pov      | Spike's POV                       | POV Spike
            pov      | Giles                             | POV Giles
            pov      | first person                      | POV First Person
            genre    | Humor/Friendship                  | Humor
            genre    | Humor/Friendship                  | Friendship
            genre    | angst, h/c                        | Hurt/Comfort
            genre    | PWP                               | Plot What Plot/Porn Without Plot
            keywords | Mulder/Scully UST                 | Unresolved Sexual Tension
            category | AU                                | Alternate Universe
            category | canon divergence                  | Alternate Universe - Canon Divergence
            category | pre-slash, first time             | First Time
            category | established relationship          | Established Relationship
            """)
    void readsStatedCuesAsTags(String key, String value, String expected) {
        assertThat(tags(key, value)).contains(expected);
    }

    @Test
    void readsAlternateUniverseCuesInTheSummary() {
        ContentTags tags = ContentReader.read(ContentReaderTest.work("Tea.", Map.of(),
                "What if Angel never comes back from Hell? An AU.", List.of()), "en");
        assertThat(tags.tags()).contains("Alternate Universe - Canon Divergence", "Alternate Universe");
        assertThat(tags.fields().get("tags").evidence()).anyMatch(e -> e.startsWith("summary: What if"));
    }

    @Test
    void ignoresListOnlyCuesAndLowerCaseAuInProse() {
        ContentTags tags = ContentReader.read(ContentReaderTest.work("Tea.", Map.of(),
                "For the first time in years she ate au gratin potatoes.", List.of()), "en");
        assertThat(tags.tags()).isEmpty();
    }

    @Test
    void aPairingInTheCategoryIsNoTag() {
        assertThat(tags("category", "Spike/Xander, V, MSR")).isEmpty();
    }

    @Test
    void keepsEveryItemOfAStatedTagListVerbatim() {
        ContentTags tags = ContentReader.read(ContentReaderTest.work("Tea.",
                Map.of("tags", "Domestic, h/c, Tea and Biscuits, Bunker"), null, List.of()), "en");
        assertThat(tags.tags()).containsExactlyInAnyOrder("Domestic", "Hurt/Comfort", "Tea and Biscuits",
                "Bunker");
    }

    @Test
    void leavesRatingsStatusesAndOtherFieldsOutOfATagList() {
        ContentTags tags = ContentReader.read(ContentReaderTest.work("Tea.",
                Map.of("tags",
                        "Fanworks, General Audiences, Completed, Star Trek: The Original Series, Friendship",
                        "fandom", "Star Trek: The Original Series"),
                null, List.of()), "en");
        assertThat(tags.tags()).containsExactly("Friendship");
    }
}
