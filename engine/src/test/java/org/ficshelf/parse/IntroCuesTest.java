package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntroCuesTest {
    /** The single pattern the cue table replaced: the matcher must agree with it on any text. */
    private static final Pattern ORACLE = Pattern.compile("(?i)\\b(?:this (?:story|fic|piece|tale|is)|"
            + "my (?:first|second|third|last|usual)|i wrote|i write|written (?:for|as)|thanks?|thank you|feedback|"
            + "feed-back|comments?|criticism|flames?|enjoy|please|dis?claim|copyright|trademark|e-?mail|posted|"
            + "posting|sequel|prequel|archiv\\w*|fanfic|fan fic|fic|rated|rating|spoilers?|warning|dedicated|beta|"
            + "belongs?|property of|permission|download|author|part \\d+|feel free|let me know|r&r|"
            + "read and review|please read)\\b|@|" + "^\\s*(?:nb|n\\.b|p\\.?s)\\b");

    private static final List<String> PIECES = List.of("this", "story", "is", "isn't", "THANKS", "thank",
            "thanksgiving", "Disclaimer", "disclaim", "diclaim", "e-mail", "E-MAIL", "email", "re-mail",
            "archived", "archive_", "fic", "fics", "fan", "FanFic", "part", "2", "2a", "12", "r&r", "R&R",
            "n.b", "nb", "p.s", "ps", "P.S.", "@", "my", "first", "written", "as", "for", "please", "read",
            "belongs", "belonging", "spoiler", "spoilers!", "the", "she", "é", "x", "_", "\u212Aeep",
            "feed-back", "let", "me", "know", "property", "of", "beta-read");
    private static final List<String> GAPS = List.of(" ", "  ", "", "\n", "\t", ",", ".", "-", "'", "é",
            "\u00A0", "_", "1");

    @Property(tries = 3000)
    void agreesWithTheOldPatternOnAnyMixOfCueWords(@ForAll("texts") String text) {
        assertThat(IntroCues.find(text)).as(text).isEqualTo(ORACLE.matcher(text).find());
    }

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.of(PIECES);
        Arbitrary<String> gap = Arbitraries.of(GAPS);
        return piece.list().ofMaxSize(6).flatMap(words -> gap.list().ofSize(words.size() + 1).map(gaps -> {
            StringBuilder sb = new StringBuilder(gaps.getFirst());
            for (int k = 0; k < words.size(); k++) {
                sb.append(words.get(k)).append(gaps.get(k + 1));
            }
            return sb.toString();
        }));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            Thanks to my beta for her help.        | true
            Comments welcome at the usual address. | true
            'P.S. this goes after part two'        | true
            She thanked him and left the archive.   | true
            She thanked him and left.              | false
            Disclaimer: not mine.                  | false
            Part 3a of the plan                    | false
            Part 3 of the plan                     | true
            It was part 3a, and then some          | false
            mail me at someone@example.org         | true
            He walked into the rain.               | false
            """)
    void findsIntroWordsAsWholeWords(String text, boolean expected) {
        assertThat(IntroCues.find(text)).isEqualTo(expected);
        assertThat(ORACLE.matcher(text).find()).isEqualTo(expected);
    }
}
