package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.ficshelf.search.TagType;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The analyzers as token tables, one method per phenomenon (tokens joined by spaces). */
class AnalyzersTest {
    private static final Analyzer NAMES = Analyzers.names();
    private static final Analyzer PROSE = Analyzers.prose();

    private static String names(String text) {
        return tokens(NAMES, text);
    }

    private static String prose(String text) {
        return tokens(PROSE, text);
    }

    static String tokens(Analyzer a, String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = a.tokenStream("f", text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
        return String.join(" ", out);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Buffy Summers/Spike|buffy summers spike",
            "Spike/Buffy|spike buffy",
            "Faith Lehane & Rupert Giles|faith lehane rupert giles",
            "Willow Rosenberg/Tara Maclay/Buffy Summers|willow rosenberg tara maclay buffy summers"})
    void splitsPairingsIntoNames(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Teal'c|tealc", "Teal\u2019c|tealc", "Tealc|tealc", "Jack O'Neill|jack oneill",
            "O\u2019Neill|oneill"})
    void foldsApostrophesInsideNames(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Winifred \"Fred\" Burkle|winifred fred burkle",
            "Winifred \u201CFred\u201D Burkle|winifred fred burkle"})
    void dropsQuotesAroundNicknames(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "\u00C9ponine Th\u00E9nardier|eponine thenardier", "Les Mis\u00E9rables|les miserables",
            "Zo\u00EB|zoe", "Se\u00F1or|senor"})
    void foldsDiacritics(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected);
        assertThat(prose(text)).isEqualTo(prose(expected));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Will Graham|will graham", "The Doctor|the doctor", "Running Away|running away",
            "Wesley Wyndam-Pryce|wesley wyndam pryce"})
    void keepsNamesUnstemmedWithTheirSmallWords(String text, String expected) {
        assertThat(names(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "vampires|vampir", "running slayers|run slayer", "he smelled blood|he smell blood",
            "The slayer and the vampire|slayer vampir"})
    void stemsProseAndDropsStopWords(String text, String expected) {
        assertThat(prose(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Spike's coat|spike coat", "Spike\u2019s coat|spike coat", "Xander's Harem|xander harem"})
    void dropsPossessives(String text, String expected) {
        assertThat(prose(text)).isEqualTo(expected);
        assertThat(names(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"don't|dont", "don\u2019t|dont", "isn't|isnt"})
    void foldsContractionsTheSameWayAtIndexAndQueryTime(String text, String expected) {
        assertThat(prose(text)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Buffy Summers|buffy summers", "  Buffy   SUMMERS |buffy summers",
            "Winifred \"Fred\" Burkle|winifred \"fred\" burkle", "Teal\u2019c|tealc",
            "\u00C9ponine Th\u00E9nardier|eponine thenardier"})
    void foldsFilterKeysWhole(String value, String key) {
        Schema schema = new Schema(NAMES);
        String field = Schema.keyField(TagType.CHARACTER);
        assertThat(schema.key(field, value).utf8ToString()).isEqualTo(key);
    }
}
