package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ficshelf.Footnote;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderLinesTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "Spike's POV|pov|Spike's POV",
            "Faith's POV, mostly|pov|Faith's POV, mostly",
            "rated R for language, maybe a PG-13|rating|rated R for language, maybe a PG-13",
            "Mulder and Scully friendship, no romance|pairings|Mulder and Scully friendship, no romance",
            "Faith/Giles pre-slash|pairings|Faith/Giles pre-slash",
            "no pairings, just the team|pairings|no pairings, just the team",
            "Faith's point of view.|pov|Faith's point of view.",
            "Set after Seeing Red|setting|Set after Seeing Red",
            "Takes place during season 3|setting|Takes place during season 3",
            "This is a second season story, set between two episodes. Hope you enjoy!|setting|"
                    + "This is a second season story, set between two episodes.",
            "don't think it's really an R, just want to be sure|rating|don't think it's really an R, just want to be sure",
            "WARNING!  THIS STORY IS NC-17 Rated!|rating|NC-17",
            "These characters belong to someone richer than me.|disclaimer|These characters belong to someone richer than me.",
            "Not mine, never were.|disclaimer|Not mine, never were.",
            "I own nothing. Please don't sue.|disclaimer|I own nothing. Please don't sue.",
            "Feedback is always welcome at the address above.|feedback|Feedback is always welcome at the address above.",
    })
    void readsHeaderValuesStatedInProse(String line, String key, String value) {
        HeaderCues.Cue cue = HeaderCues.find(List.of(line), key);
        assertThat(cue).isNotNull();
        assertThat(cue.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"He set the cup down.", "Spike walked out.", "The rating on the wall was faded."})
    void findsNoCueInOrdinaryNarrative(String line) {
        assertThat(HeaderCues.find(List.of(line))).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "by Marigold Vane|Marigold Vane|",
            "By: Annie Reed|Annie Reed|",
            "a little something by Wren (wren@example.net) -- comments make me write faster!|Wren|",
            "A story by Kate Orman, 1993|Kate Orman|",
            "\"Fantasy Meets Reality\" by Jennifer Shipp|Jennifer Shipp|Fantasy Meets Reality",
            "\"Julia\", a Star Trek: DS9 story, by Pamela Buickel, copyright|Pamela Buickel|Julia",
            "Frontier Medicine A Star Trek Story by Brenda Antrim|Brenda Antrim|Frontier Medicine",
    })
    void readsBylines(String line, String authors, String title) {
        Byline.Found found = Byline.find(line);
        assertThat(found).isNotNull();
        assertThat(found.authors()).isEqualTo(authors);
        assertThat(found.title()).isEqualTo(title);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She sat by the fire.", "Original idea by Dave Schaumann.",
            "He stood there by himself for a long while, wondering."})
    void doesNotTakeNarrativeForBylines(String line) {
        assertThat(Byline.find(line)).isNull();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Tamsin Quill|Tamsin Quill",
            "Lantern Jack <lanternjack@example.net>|Lantern Jack",
            "jack@example.net (Lantern Jack)|Lantern Jack",
            "Tony Anderson & Lorren Bell|Tony Anderson;Lorren Bell",
            "Ann Smith and Bea Jones|Ann Smith;Bea Jones",
            "Pell http://example.com/pell|Pell",
    })
    void cleansAuthorValues(String value, String expected) {
        assertThat(Byline.authors(value)).containsExactly(expected.split(";"));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "\"Just Like Old Times\"|Just Like Old Times",
            "*First Lore*|First Lore",
            "Ancient Dreams, part 1.|Ancient Dreams",
            "A CHRISTMAS STORY -- Part 1|A CHRISTMAS STORY",
            "Basement Weather (2/3)|Basement Weather",
    })
    void cleansTitles(String raw, String clean) {
        assertThat(Title.clean(raw)).isEqualTo(clean);
    }

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            "[BTVS] FIC: Basement Weather (2/3) Spike/Xander, R|Basement Weather",
            "Re: [XF] Rest Stop|Rest Stop",
            "Demons, a short story.|Demons",
    })
    void takesTitlesFromMailSubjects(String subject, String title) {
        assertThat(Title.fromSubject(subject)).isEqualTo(title);
    }

    @Test
    void tellsATeaserFromATitle() {
        assertThat(Title.looksLikeTitle(List.of("Small Hours"))).isTrue();
        assertThat(Title.looksLikeTitle(List.of("He never did get the hang of goodbyes."))).isFalse();
        assertThat(Title.looksLikeTitle(List.of("Chapter 1: The First Tuesday"))).isFalse();
        assertThat(Title.looksLikeTitle(List.of("Rating: PG"))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Part 4 of 5. Sorry this one took so long!",
            "Pt 2/4 - more soon, promise",
            "Chapter 3 of 7: warnings are in part one",
    })
    void aPartCountWithANoteAfterItIsNoTitle(String line) {
        assertThat(Title.looksLikeTitle(List.of(line))).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "1 'Moonlit Road' - The Paper Lanterns|1|'Moonlit Road' - The Paper Lanterns",
            "(2) 'Salt and Silver' - Hollow Pines|2|'Salt and Silver' - Hollow Pines",
            "[3] a note on Latin|3|a note on Latin",
            "12. Another song|12|Another song",
    })
    void readsLegendLines(String line, String mark, String text) {
        assertThat(Legend.numbered(line)).isEqualTo(new Footnote(mark, text));
    }

    @Test
    void readsStarredLegendLinesOnlyUnderALabel() {
        assertThat(Legend.numbered("* the song is made up")).isNull();
        assertThat(Legend.any("* the song is made up")).isEqualTo(new Footnote("*", "the song is made up"));
    }
}
