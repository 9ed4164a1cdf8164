package org.ficshelf.catalog;

import java.nio.charset.StandardCharsets;
import org.jspecify.annotations.Nullable;

/**
 * Tells bytes that cannot be a story from bytes that can: empty files, known binary formats by
 * their signature, and data with too many control bytes. Text in any 8-bit encoding and UTF-16
 * (with or without a byte-order mark) passes; decoding is the decoder's job, not this one's.
 */
final class Content {
    private static final int SAMPLE = 64 * 1024;
    /** Share of control bytes above which a file is data, not text. */
    private static final double MAX_CONTROL = 0.05;

    private Content() {
    }

    /** Why these bytes cannot be imported, or null when they may be a story. */
    static @Nullable String refusal(byte[] b) {
        if (b.length == 0) {
            return "empty file (0 bytes)";
        }
        String kind = signature(b);
        if (kind != null) {
            return "binary file (" + kind + "), not a story";
        }
        if (startsWith(b, 0xFF, 0xFE) || startsWith(b, 0xFE, 0xFF)
                || startsWith(b, 'P', 'K', 3, 4) && isEpub(b)) {
            return null;
        }
        return controlRefusal(b);
    }

    private static @Nullable String controlRefusal(byte[] b) {
        int n = Math.min(b.length, SAMPLE);
        int control = 0;
        int[] nulByParity = new int[2];
        for (int i = 0; i < n; i++) {
            int v = b[i] & 0xFF;
            if (v == 0) {
                nulByParity[i & 1]++;
                control++;
            } else if (v < 0x20 && v != '\t' && v != '\n' && v != '\r' && v != '\f' && v != 0x1A
                    && v != 0x1B) {
                control++;
            }
        }
        int nuls = nulByParity[0] + nulByParity[1];
        if (nuls >= n / 4 && Math.max(nulByParity[0], nulByParity[1]) >= nuls * 0.9) {
            return null; // UTF-16 without a byte-order mark: every other byte is zero
        }
        double share = control / (double) n;
        if (share > MAX_CONTROL) {
            return "binary file (" + Math.round(share * 100) + "% control bytes), not a story";
        }
        return null;
    }

    private static @Nullable String signature(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "PNG image";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "GIF image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F', '-')) {
            return "PDF document";
        }
        if (startsWith(b, 0x7F, 'E', 'L', 'F')) {
            return "executable";
        }
        if (startsWith(b, 0x1F, 0x8B)) {
            return "gzip data";
        }
        if (startsWith(b, 'P', 'K', 3, 4) && !isEpub(b)) {
            return "zip data";
        }
        return null;
    }

    /** An EPUB is a zip whose first entry is "mimetype" holding application/epub+zip. */
    private static boolean isEpub(byte[] b) {
        int n = Math.min(b.length, 100);
        return new String(b, 0, n, StandardCharsets.ISO_8859_1).contains("application/epub+zip");
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
