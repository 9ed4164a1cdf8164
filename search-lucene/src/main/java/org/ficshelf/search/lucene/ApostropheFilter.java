package org.ficshelf.search.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * Removes apostrophes inside a token ({@code teal'c} becomes {@code tealc}, {@code o’neill}
 * becomes {@code oneill}), so a name is found however its apostrophe was typed, or without one.
 */
final class ApostropheFilter extends TokenFilter {
    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);

    ApostropheFilter(TokenStream in) {
        super(in);
    }

    @Override
    public boolean incrementToken() throws IOException {
        if (!input.incrementToken()) {
            return false;
        }
        char[] buf = term.buffer();
        int len = term.length();
        int out = 0;
        for (int i = 0; i < len; i++) {
            if (!isApostrophe(buf[i])) {
                buf[out++] = buf[i];
            }
        }
        if (out > 0) {
            term.setLength(out);
        }
        return true;
    }

    static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\uFF07';
    }
}
