package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.canon.Canon;
import org.ficshelf.canon.NameHit;
import org.ficshelf.parse.ParsedWork;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextPassTest {
    private static final String STORY = """
            Wesley Wyndam-Pryce read the file twice. "Gunn's late," he said; nobody answered.

            Buffy\u2019s stake lay on the table. She didn't kiss'd him, she thought: the fucking \
            vampire-slaying could wait.

            Disclaimer: Angel belongs to someone else.

            He wasn't naked. Xander kissed Anya's cheek (again) and they went to bed, blood-soaked \
            and tired\u2026 no damn way.
            """;

    @Test
    void contentCuesFromTheSharedPassMatchAScanOfTheirOwn() {
        ParsedWork work = ContentReaderTest.work(STORY);
        ContentScan own = ContentScanner.scan(work.body(), CueLexicon.get());
        ContentScan shared = TextPass.run(Canon.bundled(), work, true).content();

        assertThat(shared).isNotNull();
        assertThat(shared.totals()).containsExactly(own.totals());
        assertThat(shared.counts()).containsExactly(own.counts());
        assertThat(shared.evidence()).isEqualTo(own.evidence());
        assertThat(shared.words()).isEqualTo(own.words()).isPositive();
        assertThat(shared.sexualPassage()).isEqualTo(own.sexualPassage());
        assertThat(shared.gorePassage()).isEqualTo(own.gorePassage());
    }

    @Test
    void namesFromTheSharedPassMatchTheAutomatonOnEachText() {
        ParsedWork work = ContentReaderTest.work(STORY);
        List<CharacterMentions.Passage> passages = TextPass.run(Canon.bundled(), work, true).mentions()
                .passages();

        // title, then the three story paragraphs: the disclaimer is not read for names
        assertThat(passages).hasSize(4);
        for (CharacterMentions.Passage p : passages) {
            List<NameHit> own = new ArrayList<>();
            Canon.bundled().names().scan(p.text(), own::add);
            assertThat(p.hits()).isEqualTo(own);
            assertThat(p.mayHaveCue()).isEqualTo(RelationshipInference.mayHaveCue(p.text()));
        }
        assertThat(passages.get(1).hits()).isNotEmpty();
    }

    @Test
    void explicitContentOfEachParagraphMatchesAScanOfThatParagraphAlone() {
        ParsedWork work = ContentReaderTest.work("""
                Spike pushed Buffy against the wall and she moaned as his cock slid inside her, thrust \
                after thrust, until she came.

                Willow kissed Tara. Later her fingers found Tara's clit and she stroked her wet pussy.

                Xander didn't touch his cock. Giles read.

                Dawn laughed at the breasts of the statue.
                """);
        List<CharacterMentions.Passage> passages = TextPass.run(Canon.bundled(), work, true).mentions()
                .passages();

        assertThat(passages.get(0).sex()).as("the title is not content-scanned").isNull();
        int withSex = 0;
        for (CharacterMentions.Passage p : passages.subList(1, passages.size())) {
            assertThat(p.sex()).isNotNull();
            for (boolean explicitWork : new boolean[]{false, true}) {
                assertThat(RelationshipInference.sexAct(p.sex(), explicitWork))
                        .as("line %d, explicit work %s", p.line(), explicitWork)
                        .isEqualTo(RelationshipInference.sexAct(p.text(), p.line(), explicitWork));
            }
            withSex += RelationshipInference.sexAct(p.sex(), true) != null ? 1 : 0;
        }
        assertThat(withSex).as("paragraphs with explicit content").isGreaterThanOrEqualTo(3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"She kiss'd him.", "The lover\u2019s hour.", "A kiss-me look.", "Naïve kisses.",
            "Nothing here at all."})
    void romanceFlagAgreesWithTheTextTest(String text) {
        ParsedWork work = ContentReaderTest.work(text);
        CharacterMentions.Passage p = TextPass.run(Canon.bundled(), work, false).mentions().passages().get(1);

        assertThat(p.mayHaveCue()).isEqualTo(RelationshipInference.mayHaveCue(text));
    }
}
