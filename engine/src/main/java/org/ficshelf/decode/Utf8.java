package org.ficshelf.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/** Strict UTF-8: validation, statistics of a file that is not quite UTF-8, and a mixed decode. */
final class Utf8 {
    private Utf8() {
    }

    /** What a byte-level scan found: valid multibyte sequences, invalid bytes, where the first was. */
    record Stats(int multibyte, int invalid, int firstInvalid, boolean truncatedTail) {
    }

    /** The text when the bytes are strictly valid UTF-8, else null. */
    static @Nullable String strict(byte[] bytes) {
        // The JDK decodes an ASCII prefix with a vectorised scan, so ASCII needs no separate check.
        String fast = new String(bytes, StandardCharsets.UTF_8); // replaces each malformed sequence by U+FFFD
        if (fast.indexOf('\uFFFD') < 0) {
            return fast;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes))
                    .toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    static Stats stats(byte[] b) {
        int multibyte = 0;
        int invalid = 0;
        int first = -1;
        boolean truncated = false;
        int i = 0;
        while (i < b.length) {
            if (b[i] >= 0) {
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len > 0) {
                multibyte++;
                i += len;
            } else {
                if (first < 0) {
                    first = i;
                    truncated = len == -1;
                }
                invalid++;
                i++;
            }
        }
        return new Stats(multibyte, invalid, first, truncated && invalid <= 3);
    }

    /**
     * The length of the valid UTF-8 sequence at {@code i}; 0 when the bytes there are not a
     * sequence; -1 when they are a valid prefix cut short by the end of the input.
     */
    static int sequenceLength(byte[] b, int i) {
        int c = b[i] & 0xFF;
        int need;
        int lo = 0x80;
        int hi = 0xBF;
        if (c >= 0xC2 && c <= 0xDF) {
            need = 1;
        } else if (c >= 0xE0 && c <= 0xEF) {
            need = 2;
            lo = c == 0xE0 ? 0xA0 : 0x80;
            hi = c == 0xED ? 0x9F : 0xBF;
        } else if (c >= 0xF0 && c <= 0xF4) {
            need = 3;
            lo = c == 0xF0 ? 0x90 : 0x80;
            hi = c == 0xF4 ? 0x8F : 0xBF;
        } else {
            return 0;
        }
        for (int k = 1; k <= need; k++) {
            if (i + k >= b.length) {
                return -1;
            }
            int d = b[i + k] & 0xFF;
            if (d < (k == 1 ? lo : 0x80) || d > (k == 1 ? hi : 0xBF)) {
                return 0;
            }
        }
        return need + 1;
    }

    /**
     * Decodes valid UTF-8 sequences as UTF-8 and every other byte as windows-1252 (a cut-off
     * sequence at the very end becomes U+FFFD): the reading of a UTF-8 file with stray legacy bytes.
     */
    static String mixed(byte[] b) {
        StringBuilder out = new StringBuilder(b.length);
        int i = 0;
        while (i < b.length) {
            int c = b[i] & 0xFF;
            if (c < 0x80) {
                out.append((char) c);
                i++;
                continue;
            }
            int len = sequenceLength(b, i);
            if (len > 0) {
                out.append(new String(b, i, len, StandardCharsets.UTF_8));
                i += len;
            } else if (len == -1) {
                out.append('\uFFFD');
                break;
            } else {
                out.append(Western.CP1252[c]);
                i++;
            }
        }
        return out.toString();
    }
}
