package org.ficshelf.decode;

/** 1-based line and column of an offset in text whose lines may end in LF, CRLF or CR. */
record Positions(int line, int column) {

    static Positions of(CharSequence text, int offset) {
        int line = 1;
        int lineStart = 0;
        int end = Math.min(offset, text.length());
        for (int i = 0; i < end; i++) {
            char c = text.charAt(i);
            if (c == '\n' || (c == '\r' && (i + 1 >= text.length() || text.charAt(i + 1) != '\n'))) {
                line++;
                lineStart = i + 1;
            }
        }
        return new Positions(line, end - lineStart + 1);
    }
}
