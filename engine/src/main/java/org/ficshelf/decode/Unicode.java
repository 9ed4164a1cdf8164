package org.ficshelf.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Recognises the UTF-16 and UTF-32 encodings: by their byte order mark, or UTF-16 by its NUL pattern. */
final class Unicode {
    /** How many leading bytes the NUL-pattern sniff looks at. */
    private static final int SNIFF = 8192;

    private Unicode() {
    }

    /** The text after a byte order mark, or null when there is none. */
    static @Nullable Choice fromBom(byte[] b) {
        int n = b.length;
        if (n >= 4 && b(b, 0) == 0xFF && b(b, 1) == 0xFE && b(b, 2) == 0 && b(b, 3) == 0) {
            return decode(b, 4, Charset.forName("UTF-32LE"), 1.0);
        }
        if (n >= 4 && b(b, 0) == 0 && b(b, 1) == 0 && b(b, 2) == 0xFE && b(b, 3) == 0xFF) {
            return decode(b, 4, Charset.forName("UTF-32BE"), 1.0);
        }
        if (n >= 3 && b(b, 0) == 0xEF && b(b, 1) == 0xBB && b(b, 2) == 0xBF) {
            return decode(b, 3, StandardCharsets.UTF_8, 1.0);
        }
        if (n >= 2 && b(b, 0) == 0xFF && b(b, 1) == 0xFE) {
            return decode(b, 2, StandardCharsets.UTF_16LE, 1.0);
        }
        if (n >= 2 && b(b, 0) == 0xFE && b(b, 1) == 0xFF) {
            return decode(b, 2, StandardCharsets.UTF_16BE, 1.0);
        }
        return null;
    }

    /**
     * BOM-less UTF-16 told by its NULs: text in a Latin script has a zero high byte in most code
     * units, so one byte position of each pair is mostly NUL and the other almost never is.
     */
    static @Nullable Choice fromNulPattern(byte[] b) {
        int n = Math.min(b.length, SNIFF) & ~1;
        if (n < 4) {
            return null;
        }
        int evenNul = 0;
        int oddNul = 0;
        for (int i = 0; i < n; i += 2) {
            evenNul += b[i] == 0 ? 1 : 0;
            oddNul += b[i + 1] == 0 ? 1 : 0;
        }
        int pairs = n / 2;
        if (oddNul * 10 >= pairs * 3 && evenNul * 20 <= pairs) {
            return decode(b, 0, StandardCharsets.UTF_16LE, 0.9);
        }
        if (evenNul * 10 >= pairs * 3 && oddNul * 20 <= pairs) {
            return decode(b, 0, StandardCharsets.UTF_16BE, 0.9);
        }
        return null;
    }

    /** True when the charset is one of the UTF-16 or UTF-32 family (never ASCII-compatible). */
    static boolean isWide(Charset cs) {
        String name = cs.name();
        return name.startsWith("UTF-16") || name.startsWith("UTF-32");
    }

    private static Choice decode(byte[] b, int offset, Charset cs, double confidence) {
        // new String(...) replaces malformed input (odd trailing byte, lone surrogate) with U+FFFD.
        return new Choice(new String(b, offset, b.length - offset, cs), cs.name(), confidence);
    }

    private static int b(byte[] bytes, int i) {
        return bytes[i] & 0xFF;
    }
}
