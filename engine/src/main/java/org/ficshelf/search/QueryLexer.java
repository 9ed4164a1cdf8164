package org.ficshelf.search;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.search.QueryToken.Kind;

/** Splits a query string into tokens; one pass, no backtracking. */
final class QueryLexer {
    private final String s;
    private final List<QueryToken> out = new ArrayList<>();
    private int i;

    private QueryLexer(String s) {
        this.s = s;
    }

    static List<QueryToken> tokens(String query) {
        QueryLexer lexer = new QueryLexer(query);
        lexer.run();
        return lexer.out;
    }

    private void run() {
        while (true) {
            while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
                i++;
            }
            if (i >= s.length()) {
                out.add(new QueryToken(Kind.EOF, "", i + 1));
                return;
            }
            next();
        }
    }

    private void next() {
        char c = s.charAt(i);
        switch (c) {
            case '(' -> single(Kind.LPAREN);
            case ')' -> single(Kind.RPAREN);
            case '"', '\u201C', '\u201D' -> phrase();
            case '-', '+' -> sign(c);
            default -> word();
        }
    }

    private void single(Kind kind) {
        out.add(new QueryToken(kind, s.substring(i, i + 1), i + 1));
        i++;
    }

    private void sign(char c) {
        if (i + 1 < s.length() && !Character.isWhitespace(s.charAt(i + 1))) {
            single(c == '-' ? Kind.MINUS : Kind.PLUS);
        } else {
            i++; // a lone sign means nothing
        }
    }

    private void phrase() {
        int start = i;
        int end = i + 1;
        while (end < s.length() && !isQuote(s.charAt(end))) {
            end++;
        }
        if (end >= s.length()) {
            throw QuerySyntax.error("the quote at column " + (start + 1) + " is never closed");
        }
        out.add(new QueryToken(Kind.PHRASE, s.substring(start + 1, end), start + 1));
        i = end + 1;
    }

    private static boolean isQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u201D';
    }

    private void word() {
        int start = i;
        while (i < s.length() && !endsWord(s.charAt(i))) {
            i++;
        }
        String w = s.substring(start, i);
        switch (w) {
            case "AND", "&&" -> out.add(new QueryToken(Kind.AND, w, start + 1));
            case "OR", "||" -> out.add(new QueryToken(Kind.OR, w, start + 1));
            case "NOT" -> out.add(new QueryToken(Kind.NOT, w, start + 1));
            default -> fieldOrWord(w, start);
        }
    }

    private static boolean endsWord(char c) {
        return Character.isWhitespace(c) || c == '(' || c == ')' || isQuote(c);
    }

    private void fieldOrWord(String w, int start) {
        int colon = w.indexOf(':');
        if (colon > 0 && isLetters(w, colon)) {
            String name = w.substring(0, colon);
            if (SearchField.forPrefix(name).isEmpty()) {
                throw QuerySyntax.error("unknown field '" + name + ":' at column " + (start + 1)
                        + "; known fields: " + SearchField.known()
                        + " (put the words in quotes to search for them as they are)");
            }
            out.add(new QueryToken(Kind.FIELD, name, start + 1));
            String rest = w.substring(colon + 1);
            if (rest.isEmpty()) {
                requireAdjacentValue(name, start);
            } else {
                plainWord(rest, start + colon + 1);
            }
            return;
        }
        plainWord(w, start);
    }

    private void requireAdjacentValue(String name, int start) {
        if (i >= s.length() || !(s.charAt(i) == '(' || isQuote(s.charAt(i)))) {
            throw QuerySyntax.error("'" + name + ":' at column " + (start + 1)
                    + " needs a value right after the colon, as in " + name + ":word or " + name
                    + ":\"some words\"");
        }
    }

    private void plainWord(String w, int start) {
        if (w.length() > 1 && w.endsWith("*")) {
            out.add(new QueryToken(Kind.PREFIX, w.substring(0, w.length() - 1), start + 1));
        } else {
            out.add(new QueryToken(Kind.WORD, w, start + 1));
        }
    }

    private static boolean isLetters(String w, int end) {
        for (int k = 0; k < end; k++) {
            if (!Character.isLetter(w.charAt(k))) {
                return false;
            }
        }
        return true;
    }
}
