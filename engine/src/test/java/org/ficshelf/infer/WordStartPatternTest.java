package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** Matching from word starts finds exactly what {@link Matcher#find()} finds over every position. */
class WordStartPatternTest {
    /** Shapes of the romance cues and their contexts: literals, optional endings, classes, \w+. */
    private static final List<String> PATTERNS = List.of(
            "kiss(?:ed|es|ing)?",
            "i love you|i(?:['\u2019]m| am) in love with you|love you",
            "(?:his|her|my|your) lover",
            "(?:woke|waking) (?:up )?(?:in (?:his|her|\\w+['\u2019]s) arms|(?:beside|next to) (?:him|her))",
            "in bed|into bed|to bed",
            "moan(?:ed|s|ing)?|caress(?:ed|es)?|naked|(?:his|her) mouth on|lips on",
            "embrace[ds]?",
            "like (?:a|my) (?:brother|sister)|as (?:a )?friends?|just friends",
            "\u00e9t\u00e9|caf\u00e9",
            "s7|2nd");
    private static final List<WordStartPattern> COMPILED = PATTERNS.stream().map(WordStartPattern::words)
            .toList();

    @Property(tries = 3000)
    void findsWhatFindFindsInWordSoup(@ForAll("soup") String text) {
        for (int k = 0; k < PATTERNS.size(); k++) {
            assertThat(matches(COMPILED.get(k), text))
                    .as("%s in %s", PATTERNS.get(k), text)
                    .isEqualTo(reference(PATTERNS.get(k), text));
        }
    }

    @Property(tries = 1000)
    void findsWhatFindFindsInAnyText(@ForAll("anyText") String text) {
        for (int k = 0; k < PATTERNS.size(); k++) {
            assertThat(matches(COMPILED.get(k), text)).isEqualTo(reference(PATTERNS.get(k), text));
        }
    }

    @Test
    void matchesOnlyWholeWordsInAnyCase() {
        WordStartPattern kiss = WordStartPattern.words("kiss(?:ed|es|ing)?");
        assertThat(matches(kiss, "She KISSED him; a kissing-booth, no kisser, akiss.")).containsExactly(
                "4-10:KISSED", "18-25:kissing");
        assertThat(kiss.in("Unkissed.")).isFalse();
        assertThat(kiss.in("Kiss")).isTrue();
    }

    @Test
    void continuesAfterAMatchAsFindDoes() {
        WordStartPattern p = WordStartPattern.words("in bed|bed together");
        // find() resumes after "in bed", so "bed together" overlapping it is not found
        assertThat(matches(p, "in bed together")).containsExactly("0-6:in bed");
        assertThat(reference("in bed|bed together", "in bed together")).containsExactly("0-6:in bed");
    }

    @Test
    void refusesAPatternThatCanStartWithPunctuation() {
        assertThatThrownBy(() -> WordStartPattern.words("'tis|kiss"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'tis|kiss");
        assertThatThrownBy(() -> WordStartPattern.words("\u201chello"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Provide
    Arbitrary<String> soup() {
        Arbitrary<String> word = Arbitraries.of("i", "I", "love", "LOVE", "you", "in", "bed", "to", "into",
                "his",
                "her", "lover", "lovers", "kiss", "kissed", "Kisses", "unkissed", "woke", "up", "Buffy's",
                "arms",
                "beside", "him", "like", "a", "my", "brother", "as", "friends", "just", "naked", "moan",
                "lips",
                "on", "embraced", "\u00e9t\u00e9", "caf\u00e9", "s7", "2nd", "x_", "_in", "l\u0301ove", "am",
                "i'm", "i\u2019m", "with", "he", "hi", "h", "k", "ki", "l", "lo", "in.", "e", "em", "s", "2");
        Arbitrary<String> gap = Arbitraries.of(" ", " ", " ", ", ", ". ", "-", "'", "\u2019", "\"", "_", "",
                "\u00a0", "\n", "\u0301");
        return word.list().ofMaxSize(14).flatMap(words -> gap.list()
                .ofSize(words.size() + 1).map(gaps -> {
                    StringBuilder b = new StringBuilder(gaps.get(0));
                    for (int k = 0; k < words.size(); k++) {
                        b.append(words.get(k)).append(gaps.get(k + 1));
                    }
                    return b.toString();
                }));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().withChars("iloveyubdkshrnamIL '\u2019_-.\u00e9\u0301s7").ofMaxLength(40);
    }

    /** Every match the pattern's own loop finds, as "start-end:text". */
    private static List<String> matches(WordStartPattern p, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        int from = 0;
        while (p.find(m, text, from)) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
            from = m.end();
        }
        return out;
    }

    /** Every match of plain {@code find()} over the same whole-word pattern. */
    private static List<String> reference(String alternatives, String text) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("\\b(?:" + alternatives + ")\\b", Pattern.CASE_INSENSITIVE).matcher(text);
        while (m.find()) {
            out.add(m.start() + "-" + m.end() + ":" + m.group());
        }
        return out;
    }
}
