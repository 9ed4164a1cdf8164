package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ficshelf.Provenance;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.parse.ParsedWork;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ContentReaderTest {

    /** A parsed work whose body is {@code text}, paragraphs separated by blank lines. */
    static ParsedWork work(String text) {
        return work(text, Map.of(), null, List.of());
    }

    static ParsedWork work(String text, Map<String, @Nullable String> stated, @Nullable String summary,
            List<String> notes) {
        return new ParsedWork("T", List.of("A"), summary, stated, notes, List.of(), document(text), null,
                Map.of(),
                List.of());
    }

    static Document document(String text) {
        List<Block> blocks = new ArrayList<>();
        int line = 1;
        for (String paragraph : text.split("\n\\s*\n")) {
            if (!paragraph.isBlank()) {
                blocks.add(Paragraph.plain(paragraph.strip().replace('\n', ' '), line));
            }
            line += paragraph.split("\n", -1).length + 1;
        }
        return new Document(List.of(new Chapter(null, blocks)));
    }

    static String rating(String text) {
        return ContentReader.read(work(text), "en").contentRating();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            She made tea and read the paper in the sun.                                   | General Audiences
            He was dying to see her again after the summer.                               | General Audiences
            She had a killer smile and knew it.                                           | General Audiences
            He lined up the shot glass beside the others on the bar.                       | General Audiences
            I screwed up the exam, Mum, I screwed up completely.                          | General Audiences
            He came home late and came in quietly and came up the stairs.                 | General Audiences
            They came back the next week, and they came down to the docks again.          | General Audiences
            "Bloody cold out," he said, and shut the door.                                | General Audiences
            "Damn," she said, and picked up the dropped cup.                              | General Audiences
            "Oh, fuck," she said, and picked up the dropped cup.                          | Teen And Up Audiences
            He did not kill her, did not stab her, did not even hit her.                  | General Audiences
            Balls rolled everywhere; he stood on the balls of his feet with his murder face on, and the ball hit the line. Balls, balls. | General Audiences
            Dust lay on every shelf of the attic, and she dusted off the old trunk.       | General Audiences
            Damn it. Bloody hell. What the hell is this crap?                             | Teen And Up Audiences
            She staked the vampire into dust, took a punch and a split lip, and tasted blood. Bloody hell, she thought, bleeding. | Teen And Up Audiences
            They kissed, and then they made love, naked in his bed, and the rest of the night was theirs. | Mature
            Entrails and intestines lay in a pool of blood beside the mangled corpse.      | Mature
            His cock was hard; she stroked him and he thrust into her until her orgasm came. | Explicit
            """)
    void readsTheTextAsARating(String text, String expected) {
        assertThat(rating(text)).isEqualTo(expected);
    }

    @Test
    void fadeToBlackIsMatureAtMost() {
        String text = """
                He kissed her and she pulled him toward the bedroom, and they made love.

                Fade to black.""";
        assertThat(rating(text)).isEqualTo("Mature");
    }

    @Test
    void anatomyAloneWithoutActsIsNotExplicit() {
        assertThat(rating("The anatomy lecture covered the penis and the vagina in dry detail."))
                .isNotEqualTo("Explicit");
    }

    @Test
    void explicitNeedsAnatomyAndActsInOnePassage() {
        String far = "His cock ached.\n\n" + "Nothing happened for a while.\n\n".repeat(5) + "She climaxed.";
        assertThat(rating(far)).isNotEqualTo("Explicit");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', textBlock = """
            fade to black after kissing           | Mature   | Buffy kissed Angel hard and pulled at his shirt. // They undressed each other in the dark. // The rest of the night was theirs.
            hands hard on a waist                 | Mature   | He kissed her, his hands hard on her waist, and she moaned into his mouth. // They made love slowly, and slept until noon.
            one explicit passage                  | Explicit | Spike's cock was hard in her hand. // He thrust into her until she came hard, crying out.
            explicit acts over short paragraphs   | Explicit | Kirk stroked him through his uniform. // "Jim." // "Yes?" // Spock's erection pressed against his palm. // "Don't stop." // "I won't." // Spock thrust into his fist. // "Look at me." // Kirk did. // Spock's orgasm shook them both. // "Your turn." // "A moment." // Kirk came hard, semen on Spock's stomach.
            """)
    void explicitnessOfTheSexNotItsPresenceSeparatesMatureFromExplicit(String what, String expected,
            String paragraphs) {
        assertThat(rating(paragraphs.replace(" // ", "\n\n"))).as(what).isEqualTo(expected);
    }

    @Test
    void aFewMildSwearsAreNotTeenInALongGentleStory() {
        String calm = "They walked to the market and bought apples and bread and talked of nothing much. "
                .repeat(200);
        assertThat(rating(calm + "\n\n\"Damn,\" he said. \"Bloody rain.\"\n\n" + calm))
                .isEqualTo("General Audiences");
    }

    @Test
    void evidenceNamesTheLineAndTheCue() {
        ContentTags tags = ContentReader.read(work("Quiet.\n\nShe said fuck, loudly."), "en");
        assertThat(tags.fields().get("contentRating").evidence()).contains("line 3: fuck");
        assertThat(tags.fields().get("contentRating").from()).isEqualTo(Provenance.INFERRED);
    }

    @Test
    void contentRatingIsFilledWheneverThereIsTextAndNullWithout() {
        assertThat(ContentReader.read(work("Tea."), null).contentRating()).isEqualTo("General Audiences");
        ContentTags tags = ContentReader.read(work(""), null);
        assertThat(tags.contentRating()).isNull();
        assertThat(tags.fields()).containsKeys("contentRating", "warnings", "tags");
    }

    @Test
    void survivesHostileInput() {
        String line = "\u0000\u2019s ".repeat(100_000) + "fuck";
        assertThat(rating(line)).isEqualTo("Teen And Up Audiences");
    }
}
