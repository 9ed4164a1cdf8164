package org.ficshelf.decode;

/**
 * What one scan of decoded text found that later steps care about, so that clean text (the
 * common case) skips them all.
 *
 * @param carriageReturns a CR is present
 * @param controls another C0 control, DEL or a C1 control is present
 * @param mojibakeLeads a char in Â..ô (a UTF-8 lead byte read as Latin-1) followed by what may be a
 *     continuation byte is present
 * @param maybeNotNfc a char that may change under NFC is present
 */
record TextProfile(boolean carriageReturns, boolean controls, boolean mojibakeLeads, boolean maybeNotNfc) {

    static TextProfile of(String s) {
        boolean cr = false;
        boolean controls = false;
        boolean leads = false;
        boolean nfc = false;
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x20) {
                cr |= c == '\r';
                controls |= c != '\r' && c != '\n' && c != '\t';
            } else if (c >= 0x7F) {
                controls |= c <= 0x9F;
                leads |= c >= 0xC2 && c <= 0xF4 && i + 1 < n && isContinuation(s.charAt(i + 1));
                nfc |= c >= 0x300 && !isNfcSafe(c);
            }
        }
        return new TextProfile(cr, controls, leads, nfc);
    }

    /** True when the char is what a UTF-8 continuation byte (0x80..0xBF) reads as in cp1252/Latin-1. */
    private static boolean isContinuation(char c) {
        int b = Mojibake.byteOf(c);
        return b >= 0x80 && b <= 0xBF;
    }

    /**
     * Characters above U+0300 common in Western text that are NFC-stable and never combine with
     * a neighbour: dashes, quotes, bullets, ellipsis, per mille, euro, trade mark. (U+2000..2001,
     * the Ohm, Kelvin and Angstrom signs are left out on purpose: NFC changes them.)
     */
    private static boolean isNfcSafe(char c) {
        return (c >= 0x2010 && c <= 0x2027) || (c >= 0x2030 && c <= 0x205E) || c == 0x20AC || c == 0x2122
                || c == 0xFEFF || c == 0xFFFD;
    }
}
