package org.ficshelf;

import java.util.Objects;

/**
 * Something wrong or repaired in an input, with its 1-based line and column (0 when the problem
 * concerns the whole file). Codes are short kebab-case words; the set is open.
 */
public record Problem(int line, int column, String code, String message) {

    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        if (line < 0 || column < 0) {
            throw new IllegalArgumentException("negative position " + line + ":" + column);
        }
    }

    /** A problem about the whole file rather than a place in it. */
    public static Problem ofFile(String code, String message) {
        return new Problem(0, 0, code, message);
    }
}
