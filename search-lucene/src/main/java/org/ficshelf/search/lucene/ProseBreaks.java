package org.ficshelf.search.lucene;

import java.text.BreakIterator;
import java.text.CharacterIterator;
import java.text.StringCharacterIterator;

/**
 * Sentence boundaries for snippets, found cheaply: after a full stop, question or exclamation
 * mark (and any closing quotes or brackets) followed by a space, and after a line break; each
 * boundary is where the next sentence starts. Much cheaper than the JDK's rule-based sentence
 * iterator, and as good for choosing passages.
 */
final class ProseBreaks extends BreakIterator {
    private static final int INVALID = -1;
    private String text = "";
    private int current;

    @Override
    public int first() {
        current = 0;
        return current;
    }

    @Override
    public int last() {
        current = text.length();
        return current;
    }

    @Override
    public int next(int n) {
        int result = current;
        for (int i = 0; i < n; i++) {
            result = next();
        }
        for (int i = 0; i > n; i--) {
            result = previous();
        }
        return result;
    }

    @Override
    public int next() {
        if (current >= text.length()) {
            return DONE;
        }
        current = after(current);
        return current;
    }

    @Override
    public int previous() {
        if (current <= 0) {
            return DONE;
        }
        current = before(current);
        return current;
    }

    @Override
    public int following(int offset) {
        if (offset >= text.length()) {
            current = text.length();
            return DONE;
        }
        current = after(offset);
        return current;
    }

    @Override
    public int preceding(int offset) {
        if (offset <= 0) {
            current = 0;
            return DONE;
        }
        current = before(offset);
        return current;
    }

    @Override
    public int current() {
        return current;
    }

    @Override
    public CharacterIterator getText() {
        return new StringCharacterIterator(text);
    }

    @Override
    public void setText(String newText) {
        text = newText;
        current = 0;
    }

    @Override
    public void setText(CharacterIterator it) {
        StringBuilder b = new StringBuilder(Math.max(0, it.getEndIndex() - it.getBeginIndex()));
        for (char c = it.first(); c != CharacterIterator.DONE; c = it.next()) {
            b.append(c);
        }
        setText(b.toString());
    }

    /** The first boundary after {@code offset} (the text's end when there is none). */
    private int after(int offset) {
        for (int i = offset; i < text.length(); i++) {
            int b = boundaryAfter(i);
            if (b > offset) {
                return b;
            }
        }
        return text.length();
    }

    /** The last boundary before {@code offset} (the text's start when there is none). */
    private int before(int offset) {
        for (int i = Math.min(offset, text.length()) - 1; i >= 0; i--) {
            int b = boundaryAfter(i);
            if (b != INVALID && b < offset) {
                return b;
            }
        }
        return 0;
    }

    /** The boundary a sentence end at {@code i} makes, or {@link #INVALID} if none ends there. */
    private int boundaryAfter(int i) {
        char c = text.charAt(i);
        int j = i + 1;
        if (c != '\n') {
            if (c != '.' && c != '!' && c != '?' && c != '\u2026') {
                return INVALID;
            }
            while (j < text.length() && closes(text.charAt(j))) {
                j++;
            }
            if (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
                return INVALID;
            }
        }
        while (j < text.length() && Character.isWhitespace(text.charAt(j))) {
            j++;
        }
        return j;
    }

    private static boolean closes(char c) {
        return c == '"' || c == '\'' || c == ')' || c == ']' || c == '\u201d' || c == '\u2019'
                || c == '\u00bb';
    }
}
