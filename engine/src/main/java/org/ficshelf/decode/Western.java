package org.ficshelf.decode;

import java.nio.charset.Charset;

/**
 * Plausibility of a single-byte decoding, judged on its non-ASCII characters in context: a
 * letter inside a word of its own script, a curly quote hugging a word or a dash scores; a
 * capital in mid-word, a letter of another script, a rare symbol or a control character costs.
 * This is what tells windows-1252 from MacRoman or a Cyrillic code page on the same bytes.
 */
final class Western {
    /** windows-1252 as browsers read it, with its five undefined bytes as U+FFFD. */
    static final char[] CP1252 = table(Charset.forName("windows-1252"));

    private Western() {
    }

    /** The 256 characters a single-byte charset gives its bytes (U+FFFD where undefined). */
    static char[] table(Charset cs) {
        byte[] all = new byte[256];
        for (int i = 0; i < 256; i++) {
            all[i] = (byte) i;
        }
        String s = new String(all, cs);
        char[] t = new char[256];
        for (int i = 0; i < 256; i++) {
            t[i] = i < s.length() ? s.charAt(i) : '\uFFFD';
        }
        return t;
    }

    /** The plausibility score of reading {@code b[0..limit)} through {@code table}. */
    static int score(byte[] b, int limit, char[] table) {
        return score(b, limit, highBytes(b, limit), table);
    }

    /** As {@link #score(byte[], int, char[])}, given the {@link #highBytes} positions of the sample. */
    static int score(byte[] b, int limit, int[] highs, char[] table) {
        int s = 0;
        for (int i : highs) {
            int c = b[i] & 0xFF;
            char p = i > 0 ? table[b[i - 1] & 0xFF] : ' ';
            char n = i + 1 < limit ? table[b[i + 1] & 0xFF] : ' ';
            s += charScore(p, table[c], n);
        }
        return s;
    }

    /** The positions of the bytes at or above 0x80 in the first {@code limit} bytes, found once per file. */
    static int[] highBytes(byte[] b, int limit) {
        int count = 0;
        for (int i = 0; i < limit; i++) {
            count += b[i] < 0 ? 1 : 0;
        }
        int[] highs = new int[count];
        int k = 0;
        for (int i = 0; i < limit && k < count; i++) {
            if (b[i] < 0) {
                highs[k++] = i;
            }
        }
        return highs;
    }

    static int charScore(char p, char c, char n) {
        if (c == '\uFFFD' || (c >= 0x80 && c <= 0x9F)) {
            return -10;
        }
        if (Character.isLetter(c)) {
            return letterScore(p, c, n);
        }
        return punctuationScore(p, c, n);
    }

    private static int letterScore(char p, char c, char n) {
        boolean pl = Character.isLetter(p);
        boolean nl = Character.isLetter(n);
        if (!pl && !nl) {
            return 0;
        }
        if (pl && Character.isLowerCase(p) && Character.isUpperCase(c)) {
            return -3; // a capital in mid-word: "donÕt", "cafŽ"
        }
        if (nl && Character.isLowerCase(c) && Character.isUpperCase(n)) {
            return -2;
        }
        Character.UnicodeScript script = Character.UnicodeScript.of(c);
        if ((pl && Character.UnicodeScript.of(p) != script)
                || (nl && Character.UnicodeScript.of(n) != script)) {
            return -3;
        }
        if (script == Character.UnicodeScript.LATIN && p >= 0x80 && n >= 0x80 && pl && nl) {
            return 0; // runs of accented Latin letters are rare in Western languages
        }
        return 2;
    }

    private static int punctuationScore(char p, char c, char n) {
        boolean pl = Character.isLetterOrDigit(p);
        boolean nl = Character.isLetterOrDigit(n);
        return switch (c) {
            case '\u2019' -> pl && nl ? 3 : pl ? 1 : 0;
            case '\u2018', '\u201C', '\u201E', '\u00A1', '\u00BF' -> nl ? 2 : 0;
            case '\u201D' -> pl || isClosingPunct(p) ? 2 : 0;
            case '\u2026' -> pl || isClosingPunct(p) ? 2 : 1;
            case '\u2013', '\u2014', '\u00AB', '\u00BB' -> 1;
            case '\u00A0', '\u00B0', '\u00A9', '\u00AE', '\u2122', '\u00A3', '\u20AC', '\u00A2', '\u00A7',
                    '\u00B6', '\u00B5', '\u00BD', '\u00BC', '\u00BE', '\u00D7', '\u00F7', '\u00B1', '\u2022',
                    '\u00B7', '\u00AD' ->
                0;
            default -> -2;
        };
    }

    private static boolean isClosingPunct(char c) {
        return c == '.' || c == ',' || c == '!' || c == '?' || c == ';' || c == ':' || c == '-';
    }
}
