package org.ficshelf.search;

/** A lexical token of a query string, with its 1-based column for error messages. */
record QueryToken(Kind kind, String text, int column) {

    enum Kind {
        LPAREN, RPAREN, AND, OR, NOT, MINUS, PLUS, FIELD, WORD, PREFIX, PHRASE, EOF
    }

    /** Whether this token can begin an operand (a term, phrase, group or negation). */
    boolean startsOperand() {
        return switch (kind) {
            case LPAREN, NOT, MINUS, PLUS, FIELD, WORD, PREFIX, PHRASE -> true;
            default -> false;
        };
    }

    String describe() {
        return switch (kind) {
            case EOF -> "the end of the query";
            case PHRASE -> "\"" + text + "\" at column " + column;
            default -> "'" + text + "' at column " + column;
        };
    }
}
