package org.ficshelf.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.ficshelf.search.QueryNode.And;
import org.ficshelf.search.QueryNode.MatchAll;
import org.ficshelf.search.QueryNode.Not;
import org.ficshelf.search.QueryNode.Or;
import org.ficshelf.search.QueryNode.Phrase;
import org.ficshelf.search.QueryNode.Prefix;
import org.ficshelf.search.QueryNode.Term;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class QuerySyntaxTest {

    private static Term any(String text) {
        return new Term(SearchField.ANY, text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "\t\n"})
    void blankQueryMatchesEverything(String q) {
        assertThat(QuerySyntax.parse(q)).isEqualTo(new MatchAll());
    }

    @Test
    void keepsPunctuatedWordsWholeForTheBackendToAnalyze() {
        assertThat(QuerySyntax.parse("Spike/Buffy")).isEqualTo(any("Spike/Buffy"));
        assertThat(QuerySyntax.parse("Teal'c")).isEqualTo(any("Teal'c"));
    }

    @Test
    void juxtapositionMeansAnd() {
        assertThat(QuerySyntax.parse("salt silver")).isEqualTo(new And(List.of(any("salt"), any("silver"))));
    }

    @Test
    void andBindsTighterThanOr() {
        assertThat(QuerySyntax.parse("a b OR c AND d")).isEqualTo(new Or(List.of(
                new And(List.of(any("a"), any("b"))), new And(List.of(any("c"), any("d"))))));
    }

    @Test
    void parenthesesGroup() {
        assertThat(QuerySyntax.parse("a (b OR c)")).isEqualTo(new And(List.of(any("a"),
                new Or(List.of(any("b"), any("c"))))));
    }

    @Test
    void lowerCaseOperatorsAreWords() {
        assertThat(QuerySyntax.parse("salt and silver"))
                .isEqualTo(new And(List.of(any("salt"), any("and"), any("silver"))));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"NOT angst", "-angst"})
    void negationBothWays(String q) {
        assertThat(QuerySyntax.parse(q)).isEqualTo(new Not(any("angst")));
    }

    @Test
    void plusIsRedundantUnderDefaultAnd() {
        assertThat(QuerySyntax.parse("+a +b")).isEqualTo(new And(List.of(any("a"), any("b"))));
    }

    @Test
    void phrasesKeepTheirWordsTogether() {
        assertThat(QuerySyntax.parse("\"secret chord\" hallelujah"))
                .isEqualTo(new And(List.of(new Phrase(SearchField.ANY, "secret chord"), any("hallelujah"))));
    }

    @Test
    void curlyQuotesMakePhrasesToo() {
        assertThat(QuerySyntax.parse("\u201Csecret chord\u201D"))
                .isEqualTo(new Phrase(SearchField.ANY, "secret chord"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "title:Salt|TITLE", "Title:Salt|TITLE", "author:Quillon|AUTHOR", "by:Quillon|AUTHOR",
            "fandom:Buffy|FANDOM", "character:Faith|CHARACTER", "relationship:Spike/Buffy|RELATIONSHIP",
            "pairing:Spike/Buffy|RELATIONSHIP", "tag:angst|TAG", "summary:winter|SUMMARY", "text:blood|TEXT",
            "notes:thanks|NOTES"})
    void fieldPrefixesAimATerm(String q, SearchField field) {
        QueryNode node = QuerySyntax.parse(q);
        assertThat(node).isInstanceOf(Term.class);
        assertThat(((Term) node).field()).isEqualTo(field);
    }

    @Test
    void fieldPrefixAppliesToAPhraseOrAGroup() {
        assertThat(QuerySyntax.parse("title:\"salt and silver\""))
                .isEqualTo(new Phrase(SearchField.TITLE, "salt and silver"));
        assertThat(QuerySyntax.parse("character:(Faith OR Giles)")).isEqualTo(new Or(List.of(
                new Term(SearchField.CHARACTER, "Faith"), new Term(SearchField.CHARACTER, "Giles"))));
    }

    @Test
    void colonsInsideNonFieldWordsAreText() {
        assertThat(QuerySyntax.parse("10:30")).isEqualTo(any("10:30"));
    }

    @Test
    void trailingStarMakesAPrefix() {
        assertThat(QuerySyntax.parse("vamp*")).isEqualTo(new Prefix(SearchField.ANY, "vamp"));
        assertThat(QuerySyntax.parse("title:vamp*")).isEqualTo(new Prefix(SearchField.TITLE, "vamp"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\"secret chord|the quote at column 1 is never closed",
            "(a b|the '(' at column 1 is never closed",
            "a b)|the ')' at column 4 has no matching '('",
            "()|empty parentheses at column 1",
            "a AND|'AND' at column 3 needs a term after it, but found the end of the query",
            "OR a|'OR' at column 1 needs a term on each side",
            "a OR OR b|'OR' at column 3 needs a term after it",
            "NOT|'NOT' at column 1 needs a term after it",
            "title: salt|'title:' at column 1 needs a value right after the colon",
            "auther:Quillon|unknown field 'auther:' at column 1; known fields: title, author"})
    void badQueriesAreRefusedWithAColumn(String q, String message) {
        assertThatThrownBy(() -> QuerySyntax.parse(q))
                .isInstanceOfSatisfying(SearchException.class, e -> {
                    assertThat(e.reason()).isEqualTo(SearchException.Reason.BAD_QUERY);
                    assertThat(e.isCallerError()).isTrue();
                })
                .hasMessageContaining(message);
    }

    @Test
    void deepNestingIsRefused() {
        String q = "(".repeat(40) + "a" + ")".repeat(40);
        assertThatThrownBy(() -> QuerySyntax.parse(q)).isInstanceOf(SearchException.class)
                .hasMessageContaining("nested more than");
    }

    @Test
    void tooManyTermsAreRefused() {
        String q = "w ".repeat(QuerySyntax.MAX_TERMS + 1);
        assertThatThrownBy(() -> QuerySyntax.parse(q)).isInstanceOf(SearchException.class)
                .hasMessageContaining("more than " + QuerySyntax.MAX_TERMS + " terms");
    }

    @Test
    void hostileInputParsesInLinearTime() {
        String q = "a".repeat(SearchQuery.MAX_TEXT_LENGTH);
        assertThat(QuerySyntax.parse(q)).isEqualTo(any(q));
        String quotes = "\"".repeat(999);
        assertThatThrownBy(() -> QuerySyntax.parse(quotes)).isInstanceOf(SearchException.class);
    }
}
