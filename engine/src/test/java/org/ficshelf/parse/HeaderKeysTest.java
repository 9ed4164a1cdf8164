package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class HeaderKeysTest {

    @ParameterizedTest(name = "{0} → {1}")
    @CsvSource(delimiter = '|', value = {
            // English
            "Title: Salt and Silver|title|Salt and Silver",
            "TITLE - Salt and Silver|title|Salt and Silver",
            "Story: Lanterns at Low Tide|title|Lanterns at Low Tide",
            "Songs (all long out of copyright, I hope): see below|footnotes|see below",
            "Rating (for one bad word): PG-13|rating|PG-13",
            "Author: Quillon|author|Quillon",
            "By: Quillon|author|Quillon",
            "Written by: Quillon|author|Quillon",
            "Rating - PG-13ish|rating|PG-13ish",
            "Pairings, none really|pairings|none really",
            "Pairing(s): Spike/Xander|pairings|Spike/Xander",
            "Ship: Mulder/Scully|pairings|Mulder/Scully",
            "Relationship: Faith & Giles|pairings|Faith & Giles",
            "Synopsis: A winter.|summary|A winter.",
            "Blurb = A winter.|summary|A winter.",
            "Spoilers: through Graduation Day|spoilers|through Graduation Day",
            "Warning(s): none|warnings|none",
            "Comments: yes please|feedback|yes please",
            "E-MAIL: someone@example.com|email|someone@example.com",
            "Archiving: ask first|archive|ask first",
            "A/N: a note|notes|a note",
            "Author's Notes: a note|notes|a note",
            "Genre: Humor|category|Humor",
            "KEYWORDS: Mulder/Scully UST|keywords|Mulder/Scully UST",
            "Timeline: season 3|setting|season 3",
            "Word count: 1200|words|1200",
            "*Title:* Emphasised|title|Emphasised",
            "Footnotes:|footnotes|''",
            // German
            "Titel: Kerzenwachs|title|Kerzenwachs",
            "Autor: Nachtfalter|author|Nachtfalter",
            "Inhalt: Willow kann nicht schlafen.|summary|Willow kann nicht schlafen.",
            "Altersfreigabe: P12|rating|P12",
            "Warnung: keine|warnings|keine",
            "Pairing: Willow/Tara|pairings|Willow/Tara",
            "Disclaimer: Nicht meins.|disclaimer|Nicht meins.",
            // Spanish
            "Título: La noche|title|La noche",
            "Autor: Lucía|author|Lucía",
            "Resumen: Una noche larga.|summary|Una noche larga.",
            "Clasificación: T|rating|T",
            "Advertencias: ninguna|warnings|ninguna",
            "Pareja: Buffy/Spike|pairings|Buffy/Spike",
            // French
            "Titre : La nuit|title|La nuit",
            "Auteur : Margot|author|Margot",
            "Résumé : Une longue nuit.|summary|Une longue nuit.",
            "Classement : PG|rating|PG",
            "Avertissement : aucun|warnings|aucun",
            "Couple : Buffy/Angel|pairings|Buffy/Angel",
            "Base : Stargate|fandom|Stargate",
            // odd separators
            "Title ~ Lanterns|title|Lanterns",
            "Summary -- A winter.|summary|A winter.",
            "Spoilers :: season two|spoilers|season two",
            // Chinese and Japanese, full-width colon
            "标题：灯笼|title|灯笼",
            "作者：小舟|author|小舟",
            "分级：PG|rating|PG",
            "配对：甲/乙|pairings|甲/乙",
            "简介：一个冬天。|summary|一个冬天。",
            "タイトル：灯籠|title|灯籠",
            "あらすじ：冬の話。|summary|冬の話。",
    })
    void mapsKeySpellingsToCanonicalKeys(String line, String key, String value) {
        Keys.Match m = Keys.match(line);
        assertThat(m).isNotNull();
        assertThat(m.key()).isEqualTo(key);
        assertThat(m.value()).isEqualTo(value);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Chapter 1: The First Tuesday", "Well, I thought so.", "PG-13 for language",
            "He said: nothing", "Part 1 is in the list archives; the rest will be along soon.", ""})
    void leavesProseAndHeadingsUnkeyed(String line) {
        assertThat(Keys.match(line)).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"-----", "=====================", "* * *", "~~~~~~~~~~", "~*~*~*~", "####",
            "_____",
            "   ***   ", "-=-=-=-=-"})
    void recognisesSeparatorRows(String line) {
        assertThat(HeaderText.isSeparator(line)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"--", "The End", "- fin -", "ooo", "...", "1. Song"})
    void doesNotTakeTextForSeparators(String line) {
        assertThat(HeaderText.isSeparator(line)).isFalse();
    }
}
