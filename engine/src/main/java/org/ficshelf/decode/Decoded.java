package org.ficshelf.decode;

import java.util.List;
import java.util.Objects;
import org.ficshelf.Problem;

/**
 * Decoded text: line ends normalised to {@code \n}, Unicode NFC, BOM removed; the charset it
 * was decoded with (a Java canonical name such as {@code windows-1252}, {@code UTF-16LE}), the
 * decoder's confidence in that charset (0..1) and the repairs made, as problems.
 */
public record Decoded(String text, String charset, double confidence, List<Problem> problems) {
    public Decoded {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
        problems = List.copyOf(problems);
    }
}
