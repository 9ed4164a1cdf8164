package org.ficshelf.parse;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class InlineMarkupTest {
    private static final List<MarkupConvention> DEFAULTS = MarkupConventions.forNotes(List.of());

    /** Renders spans as "KIND[covered text]" for compact table assertions. */
    private static String read(String raw, List<MarkupConvention> conventions, Set<String> legend) {
        InlineMarkup.Result r = InlineMarkup.read(raw, List.of(), conventions, legend);
        String spans = r.spans().stream()
                .map(s -> s.kind() + "[" + r.text().substring(s.start(), s.end()) + "]"
                        + (s.mark() == null ? "" : "#" + s.mark()))
                .collect(Collectors.joining(" "));
        return r.text() + " || " + spans;
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
            "/He's been letting me win,/ he thought. | He's been letting me win, he thought. | THOUGHT[He's been letting me win,]",
            "/Why me?/                      | Why me?                        | THOUGHT[Why me?]",
            "I'm *fine*, Spock.             | I'm fine, Spock.               | EMPHASIS[fine]",
            "It was **never** that.         | It was never that.             | STRONG[never]",
            "to be _charming_ all night     | to be charming all night       | UNDERLINE[charming]",
            "K/S, pre-slash                 | K/S, pre-slash                 | ",
            "and/or he/she                  | and/or he/she                  | ",
            "half of 1/2 on 12/25/99        | half of 1/2 on 12/25/99        | ",
            "see http://example.com/a/b/ now | see http://example.com/a/b/ now | ",
            "a snake_case_name here         | a snake_case_name here         | ",
            "2 * 3 * 4 is math              | 2 * 3 * 4 is math              | "})
    void readsMarkupTable(String raw, String text, String spans) {
        assertThat(read(raw, DEFAULTS, Set.of())).isEqualTo(text + " || " + (spans == null ? "" : spans));
    }

    @Test
    void readsFootnoteMarkerGluedAfterQuote() {
        assertThat(read("the secret chord.\"1 Then", DEFAULTS, Set.of()))
                .isEqualTo("the secret chord.\"1 Then || FOOTNOTE_REF[1]#1");
    }

    @Test
    void readsParenthesisedMarkerAfterQuote() {
        assertThat(read("not soon\" (2)", DEFAULTS, Set.of()))
                .isEqualTo("not soon\" (2) || FOOTNOTE_REF[(2)]#2");
    }

    @Test
    void readsStarAsFootnoteOnlyWithLegend() {
        assertThat(read("a word* here", DEFAULTS, Set.of("*")))
                .isEqualTo("a word* here || FOOTNOTE_REF[*]#*");
        assertThat(read("a word* here", DEFAULTS, Set.of())).isEqualTo("a word* here || ");
        assertThat(read("a *word* here", DEFAULTS, Set.of("*"))).isEqualTo("a word here || EMPHASIS[word]");
    }

    @Test
    void leavesListNumbersAlone() {
        assertThat(read("He had (1) a hat and (2) a coat", DEFAULTS, Set.of()))
                .isEqualTo("He had (1) a hat and (2) a coat || ");
    }

    @Test
    void declaredConventionsTakePrecedence() {
        List<MarkupConvention> c = MarkupConventions.forNotes(List.of("// is thought, ** is emphasis"));
        assertThat(read("/Now,/ he thought. *Really*.", c, Set.of()))
                .isEqualTo("Now, he thought. Really. || THOUGHT[Now,] EMPHASIS[Really]");
        List<MarkupConvention> angle = MarkupConventions.forNotes(List.of("thoughts are in <>"));
        assertThat(read("<Run,> she told him.", angle, Set.of()))
                .isEqualTo("Run, she told him. || THOUGHT[Run,]");
        List<MarkupConvention> tilde = MarkupConventions.forNotes(List.of("~text~ = telepathy"));
        assertThat(read("~Can you hear me?~", tilde, Set.of()))
                .isEqualTo("Can you hear me? || THOUGHT[Can you hear me?]");
    }

    @Test
    void reportsUnclosedOpener() {
        InlineMarkup.Result r = InlineMarkup.read("He was *so tired that night.", List.of(), DEFAULTS,
                Set.of());
        assertThat(r.unclosed()).containsExactly(7);
        assertThat(r.text()).isEqualTo("He was *so tired that night.");
    }

    @Test
    void carriesSourceSpansAcrossRemovedDelimiters() {
        List<Span> source = List.of(Span.of(12, 16, SpanKind.EMPHASIS));
        InlineMarkup.Result r = InlineMarkup.read("/Oh,/ and a word here", source, DEFAULTS, Set.of());
        assertThat(r.text()).isEqualTo("Oh, and a word here");
        assertThat(r.spans()).contains(Span.of(10, 14, SpanKind.EMPHASIS));
        assertThat(r.text().substring(10, 14)).isEqualTo("word");
    }

    @Test
    void staysLinearOnHostileText() {
        String hostile = "/a ".repeat(1_000_000) + "*b ".repeat(1_000_000) + "(1)".repeat(500_000);
        long t0 = System.nanoTime();
        InlineMarkup.read(hostile, List.of(), DEFAULTS, Set.of("1"));
        assertThat((System.nanoTime() - t0) / 1_000_000).isLessThan(5_000);
    }
}
