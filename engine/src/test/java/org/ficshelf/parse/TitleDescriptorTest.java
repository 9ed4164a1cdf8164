package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TitleDescriptorTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Lanterns, a short story.            | Lanterns
            Lanterns - a vignette               | Lanterns
            Lanterns (a drabble)                | Lanterns
            Lanterns: an X-Files story          | Lanterns
            Lanterns \u2014 a tale              | Lanterns
            Lanterns, a very short Highlander fic | Lanterns
            Lanterns [a poem]                   | Lanterns
            A Christmas Story                   | A Christmas Story
            A Story                             | A Story
            Lanterns, a fictional account       | Lanterns, a fictional account
            Tales of the Harbour                | Tales of the Harbour
            The Lighthouse Keeper's Tale        | The Lighthouse Keeper's Tale
            """)
    void cutsATrailingGenreDescriptorFromATitle(String raw, String expected) {
        assertThat(Title.clean(raw)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            'NEW FIC: Lanterns, a Mulder story (1/2)' | Lanterns
            'Lanterns, a short story.'                | Lanterns
            'Re: Lanterns (a ficlet)'                 | Lanterns
            """)
    void cutsTheDescriptorFromASubject(String subject, String expected) {
        assertThat(Title.fromSubject(subject)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Demesne, a short story.   | Demesne
            Rain - an ode to the sea  | Rain - an ode to the sea
            A Story                   | A Story
            """)
    void cutsOnlyTheDescriptorFromAMetadataTitle(String title, String expected) {
        assertThat(Title.withoutDescriptor(title)).isEqualTo(expected);
    }
}
