package org.ficshelf.infer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** The table-driven word counter agrees with a plain code-point-by-code-point reading of the rule. */
class WordsPropertiesTest {

    @Property(tries = 2000)
    void countsLikeTheReferenceOnAnyUnicode(@ForAll("anyText") String text) {
        assertThat(Words.count(text)).isEqualTo(reference(text));
    }

    @Property(tries = 2000)
    void countsLikeTheReferenceOnMixedScripts(@ForAll("mixedScripts") String text) {
        assertThat(Words.count(text)).isEqualTo(reference(text));
    }

    @Provide
    Arbitrary<String> anyText() {
        return Arbitraries.strings().all().ofMaxLength(200);
    }

    /** Text built from the chars the rule treats differently: letters of many scripts, marks, joiners. */
    @Provide
    Arbitrary<String> mixedScripts() {
        return Arbitraries.strings().withChars("aZ09_ -'\u2018\u2019.,\u00E9\u0301\u0416\u05D0\u0E01\u0E31"
                + "\u3042\u30A2\u30FC\u6771\uAC00\u3000\u2014\u203F\uD83D\uDE00\uD840\uDC00\uDC00\uD800")
                .ofMaxLength(60);
    }

    /** The rule read one code point at a time, with no table: the counter must agree with it. */
    private static int reference(String text) {
        int count = 0;
        boolean inWord = false;
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            if (cp == '-') {
                int end = i + 1;
                while (end < text.length() && text.charAt(end) == '-') {
                    end++;
                }
                inWord = inWord && end - i == 1;
                i = end;
                continue;
            }
            i += Character.charCount(cp);
            if (cp == '\'' || cp == '\u2018' || cp == '\u2019') {
                continue;
            }
            if (Words.isCjk(cp)) {
                count++;
                inWord = false;
            } else if (isWordChar(cp)) {
                int type = Character.getType(cp);
                boolean mark = cp >= 0x300 && (type == Character.NON_SPACING_MARK
                        || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK);
                if (!inWord && !mark) {
                    count++;
                    inWord = true;
                }
            } else {
                inWord = false;
            }
        }
        return count;
    }

    private static boolean isWordChar(int cp) {
        if (cp < 0x80) {
            return Character.isLetterOrDigit(cp) || cp == '_';
        }
        int type = Character.getType(cp);
        return Character.isLetterOrDigit(cp) || type == Character.NON_SPACING_MARK
                || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.CONNECTOR_PUNCTUATION;
    }
}
