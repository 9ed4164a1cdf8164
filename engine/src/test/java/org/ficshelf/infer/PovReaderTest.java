package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PovReaderTest {

    private static final String FIRST_WITH_THIRD_DIALOGUE = """
            I didn't want to go back to the shop, but my feet took me there anyway. \
            "He's not coming," she told me. "He said he was done with all of us." \
            I sat on the step and watched my breath fog. "They always say that," I said, \
            and she laughed at me. "He'll be here. She promised him, and they keep their word." \
            I wasn't so sure. I had my doubts, and my hands were shaking.""";

    private static final String THIRD_WITH_FIRST_DIALOGUE = """
            He didn't want to go back to the shop, but his feet took him there anyway. \
            "I'm not coming," he told her. "I said I was done with all of you, and I meant it." \
            She sat on the step and watched her breath fog. "We always say that," she said, \
            and he laughed at her. "I know. My mother says it too. I'll be here, I promise." \
            He wasn't so sure. He had his doubts, and his hands were shaking.""";

    private static final String SECOND = """
            You don't want to go back to the shop, but your feet take you there anyway. \
            She is waiting on the step. "I'm not coming," you tell her, and you mean it. \
            Your hands are shaking. You sit down beside her and you watch your breath fog \
            in the cold, and you wonder why you ever came back to this town.""";

    @Test
    void readsFirstPersonNarrationDespiteThirdPersonDialogue() {
        assertThat(read(FIRST_WITH_THIRD_DIALOGUE).pov()).isEqualTo("first");
    }

    @Test
    void readsThirdPersonNarrationDespiteFirstPersonDialogue() {
        PovReader.Reading r = read(THIRD_WITH_FIRST_DIALOGUE);
        assertThat(r.pov()).isEqualTo("third");
        assertThat(r.counts()[0]).isZero();
    }

    @Test
    void readsSecondPerson() {
        assertThat(read(SECOND).pov()).isEqualTo("second");
    }

    @Test
    void readsCurlyAndGuillemetQuotesAsDialogue() {
        String curly = THIRD_WITH_FIRST_DIALOGUE.replace("\"I", "\u201CI").replace("\"W", "\u201CW")
                .replace(",\"", ",\u201D").replace(".\"", ".\u201D");
        assertThat(read(curly).counts()[0]).isZero();
        String german = "Er ging zum Laden. \u201EIch komme nicht, ich bin fertig mit mir\u201C, sagte er zu ihr. "
                + "Sie sah ihn an. \u00BBIch auch nicht, mein Lieber\u00AB, sagte sie, und er lachte.";
        PovReader.Reading r = PovReader.read(body(german), "de");
        assertThat(r.counts()[0]).isZero();
        assertThat(r.pov()).isEqualTo("third");
    }

    @Test
    void readsBritishSingleQuotesAsDialogueWhenTheWorkUsesThem() {
        String british = THIRD_WITH_FIRST_DIALOGUE.replace('"', '\'');
        PovReader.Reading r = read(british);
        assertThat(r.pov()).isEqualTo("third");
        assertThat(r.counts()[0]).isZero();
    }

    @Test
    void aMissingClosingQuoteDoesNotFlipTheRestOfALongParagraph() {
        String text = "\"I'm not coming, he told her. She sat down. " + "\"I know. I said so,\" she said. "
                + "He looked at her and she looked at him. ".repeat(5);
        PovReader.Reading r = read(text);
        assertThat(r.counts()[0]).isZero();
        assertThat(r.counts()[2]).isGreaterThanOrEqualTo(20);
    }

    @Test
    void leavesThoughtSpansOutOfTheNarration() {
        String text = "I hate this, he thought, and he turned away from her. She followed him. He sighed.";
        Paragraph p = new Paragraph(text, List.of(Span.of(0, 11, SpanKind.THOUGHT)), 1);
        PovReader.Reading r = PovReader.read(new Document(List.of(new Chapter(null, List.of(p)))), "en");
        assertThat(r.counts()[0]).isZero();
        assertThat(r.pov()).isEqualTo("third");
    }

    @Test
    void readsMixedWhenChaptersDifferInPerson() {
        List<Block> first = paragraphs(FIRST_WITH_THIRD_DIALOGUE, 5);
        List<Block> third = paragraphs(THIRD_WITH_FIRST_DIALOGUE, 5);
        Document body = new Document(List.of(new Chapter("One", first), new Chapter("Two", third)));
        assertThat(PovReader.read(body, "en").pov()).isEqualTo("mixed");
    }

    @Test
    void readsMixedWhenScenesDifferInPerson() {
        List<Block> blocks = new ArrayList<>(paragraphs(FIRST_WITH_THIRD_DIALOGUE, 5));
        blocks.add(new SceneBreak("* * *", 99));
        blocks.addAll(paragraphs(THIRD_WITH_FIRST_DIALOGUE, 5));
        assertThat(PovReader.read(new Document(List.of(new Chapter(null, blocks))), "en").pov())
                .isEqualTo("mixed");
    }

    @Test
    void aShortFirstPersonLetterDoesNotMakeAThirdPersonWorkMixed() {
        List<Block> blocks = new ArrayList<>(paragraphs(THIRD_WITH_FIRST_DIALOGUE, 12));
        blocks.add(new SceneBreak("* * *", 99));
        blocks.addAll(paragraphs(FIRST_WITH_THIRD_DIALOGUE, 1));
        assertThat(PovReader.read(new Document(List.of(new Chapter(null, blocks))), "en").pov())
                .isEqualTo("third");
    }

    @Test
    void readsMixedWhenTwoNarratorsAlternateChaptersOfALongNovel() {
        List<Chapter> chapters = new ArrayList<>();
        for (int c = 0; c < 24; c++) {
            String text = c % 2 == 0 ? THIRD_WITH_FIRST_DIALOGUE : FIRST_WITH_THIRD_DIALOGUE;
            chapters.add(new Chapter("Chapter " + (c + 1), paragraphs(text, 40)));
        }
        PovReader.Reading r = PovReader.read(new Document(chapters), "en");
        assertThat(r.pov()).isEqualTo("mixed");
        assertThat(r.evidence().get(0)).contains("sampled paragraphs");
    }

    @Test
    void readsMixedWhenASecondNarratorTakesOverTheLaterChapters() {
        List<Chapter> chapters = new ArrayList<>();
        for (int c = 0; c < 30; c++) {
            String text = c < 6 ? THIRD_WITH_FIRST_DIALOGUE : FIRST_WITH_THIRD_DIALOGUE;
            chapters.add(new Chapter("Chapter " + (c + 1), paragraphs(text, 40)));
        }
        assertThat(PovReader.read(new Document(chapters), "en").pov()).isEqualTo("mixed");
    }

    @Test
    void readsALongOnePersonNovelFromABoundedSampleSpreadOverItsChapters() {
        List<Chapter> chapters = new ArrayList<>();
        for (int c = 0; c < 60; c++) {
            chapters.add(new Chapter("Chapter " + (c + 1), paragraphs(THIRD_WITH_FIRST_DIALOGUE, 40)));
        }
        Document novel = new Document(chapters);
        List<List<Paragraph>> sample = PovReader.sample(PovReader.sections(novel));
        int chars = sample.stream().flatMap(List::stream).mapToInt(p -> p.text().length()).sum();
        assertThat(chars).isLessThanOrEqualTo(PovReader.TOTAL_BUDGET + PovReader.SECTION_BUDGET);
        assertThat(sample).allSatisfy(section -> assertThat(section).isNotEmpty());
        assertThat(sample.size()).isGreaterThanOrEqualTo(PovReader.TOTAL_BUDGET / PovReader.SECTION_BUDGET);
        assertThat(PovReader.read(novel, "en").pov()).isEqualTo("third");
    }

    @Test
    void picksSampledSectionsFromTheWholeWorkAndInPairsOfNeighbours() {
        List<List<Paragraph>> sections = new ArrayList<>();
        for (int s = 0; s < 100; s++) {
            List<Paragraph> section = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                section.add(Paragraph.plain(s + " " + "x".repeat(300), s * 100 + i));
            }
            sections.add(section);
        }
        List<Integer> picked = PovReader.sample(sections).stream()
                .map(section -> Integer.parseInt(section.get(0).text().split(" ")[0])).toList();
        assertThat(picked).contains(0, 1);
        assertThat(picked).anySatisfy(s -> assertThat(s).isGreaterThanOrEqualTo(50));
        assertThat(picked).anySatisfy(s -> assertThat(s % 2).isOne());
        assertThat(picked).anySatisfy(s -> assertThat(s % 2).isZero());
    }

    @Test
    void readsNothingFromAnEmptyBody() {
        assertThat(PovReader.read(Document.empty(), "en").pov()).isNull();
    }

    @Test
    void readsSpanishAndFrenchNarration() {
        String es = "Yo no quería volver a la tienda, pero mis pies me llevaron allí. \"Él no viene\", me dijo ella. "
                + "Me senté en el escalón y miré mi aliento. Mi madre me esperaba. Yo no estaba segura de nada.";
        assertThat(PovReader.read(body(es), "es").pov()).isEqualTo("first");
        String fr = "Il ne voulait pas retourner au magasin, mais ses pieds l'y ont porté. « Je ne viens pas, je "
                + "suis fatigué », lui dit-il. Elle le regarda. Il avait ses doutes et elle avait les siens.";
        assertThat(PovReader.read(body(fr), "fr").pov()).isEqualTo("third");
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', nullValues = "none", textBlock = """
            first person                    | first
            1st person POV                  | first
            Buffy's POV, first-person       | first
            third person limited            | third
            3rd person, Giles POV           | third
            second person                   | second
            first and third person          | mixed
            Spike's POV                     | none
            Xander POV                      | none
            """)
    void readsTheStatedPerson(String stated, String expected) {
        assertThat(PovStated.person(stated).orElse(null)).isEqualTo(expected);
    }

    @Test
    void readsAShortNarrationWithOnlyThirdPersonPronounsAsThird() {
        PovReader.Reading r = read(
                "The doctor bent over the bed. \"Hold still, I said.\" His hands were careful.");
        assertThat(r.pov()).isEqualTo("third");
        assertThat(r.confidence()).isLessThan(0.5);
    }

    @Test
    void saysNothingOfAShortNarrationWithMixedPersons() {
        assertThat(read("I saw him. He ran.").pov()).isNull();
    }

    @Test
    void countsChinesePronounsOutsideCornerBracketsAndQuotes() {
        String text = "\u4ed6\u770b\u4e86\u770b\u5979\u3002\u300c\u6211\u4e0d\u77e5\u9053\u3002\u300d"
                + "\u201c\u6211\u4eec\u8d70\u5427\u3002\u201d\u5979\u8bf4\u3002\u4ed6\u6ca1\u6709\u56de\u7b54\u3002"
                + "\u5979\u7b11\u4e86\u3002\u4ed6\u4e5f\u7b11\u4e86\u3002";
        PovReader.Reading r = PovReader.read(body(text), "zh");
        assertThat(r.counts()).containsExactly(0, 0, 6);
        assertThat(r.pov()).isEqualTo("third");
    }

    @Test
    void skipsSpanishDialogueLedByASingleHyphen() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            blocks.add(Paragraph.plain("-No me lo digas a m\u00ed -dijo ella-. Mi coche est\u00e1 fuera.",
                    2 * i));
            blocks.add(Paragraph.plain("Ella mir\u00f3 por la ventana y \u00e9l le dio su caf\u00e9.",
                    2 * i + 1));
        }
        PovReader.Reading r = PovReader.read(new Document(List.of(new Chapter(null, blocks))), "es");
        assertThat(r.counts()[0]).isZero();
        assertThat(r.pov()).isEqualTo("third");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            first | I walked to the mill. / My boots were wet, and I was late. / I knocked twice and I waited. / Nobody came, so I left.
            second | You walk to the mill. / Your boots are wet, and you are late. / You knock twice and you wait. / Nobody comes, so you leave.
            third | He walked to the mill. / His boots were wet, and he was late. / She let him in and he sat down. / He left at dusk.
            third | Mara walked to the mill. / Mara knocked twice; Tomas opened the door for her. / Tomas poured the tea. / A rule of the house, Tomas said, was simple. You did not come late. You did not leave the gate open. You did not forget your boots, and you never asked twice. / Mara left at dusk.
            third | Ansel crossed the yard at dawn. / A good fence, his uncle said, was a patient thing: you set the posts, you let them settle, you came back in a week. / Ansel set the posts. / He went home at noon.
            second | You cross the yard at dawn. / Ansel is waiting by the fence. "Late," he says, and you shrug. / You set the posts while he watches you. / You go home at noon, and your hands ache.
            """)
    void readsSecondPersonOnlyWhenYouIsTheProtagonistAcrossTheText(String expected, String story) {
        List<Block> blocks = new ArrayList<>();
        int line = 1;
        for (String p : story.split(" / ")) {
            blocks.add(Paragraph.plain(p.strip(), line++));
        }
        PovReader.Reading r = PovReader.read(new Document(List.of(new Chapter(null, blocks))), "en");
        assertThat(r.pov()).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Sam carried the salt.          | true
            '"Good," Bobby said.'          | false
            —Ven aquí, dijo.      | false
            '   You wait.'                 | true
            """)
    void tellsParagraphsLedByNarrationFromDialogue(String text, boolean expected) {
        assertThat(PovReader.narrationLed(text)).isEqualTo(expected);
    }

    private static PovReader.Reading read(String text) {
        return PovReader.read(body(text), "en");
    }

    private static Document body(String text) {
        return new Document(List.of(new Chapter(null, List.of(Paragraph.plain(text, 1)))));
    }

    private static List<Block> paragraphs(String text, int times) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < times; i++) {
            blocks.add(Paragraph.plain(text, i + 1));
        }
        return blocks;
    }
}
