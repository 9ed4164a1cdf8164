package org.ficshelf.decode;

import org.ficshelf.ProblemList;

/**
 * Repairs UTF-8 that was read as windows-1252 or Latin-1 (once or twice) and saved again: each
 * run of characters that maps back to the bytes of one well-formed UTF-8 sequence ("â€™" is E2 80
 * 99) becomes the character it encodes, if that character is plausible in its context. Runs are
 * repaired one by one, so a partly damaged file keeps its good text.
 */
final class Mojibake {
    /** Double encoding is common, triple rare; more layers are not worth scanning for. */
    private static final int MAX_LAYERS = 3;

    /** For each char below U+2200, the windows-1252/Latin-1 byte it came from, or 0. */
    private static final byte[] BYTE_OF = reverseTable();

    private Mojibake() {
    }

    /** The text with mojibake repaired; one {@code mojibake-repaired} problem when any was. */
    static String repair(String text, ProblemList problems) {
        String current = text;
        int total = 0;
        int layers = 0;
        int first = -1;
        for (int layer = 0; layer < MAX_LAYERS; layer++) {
            Pass pass = new Pass(current);
            String next = pass.run();
            if (pass.count == 0) {
                break;
            }
            if (layer == 0) {
                first = pass.first;
                total = pass.count;
            }
            layers++;
            current = next;
        }
        if (layers > 0) {
            Positions at = Positions.of(text, first);
            problems.add(at.line(), at.column(), "mojibake-repaired", "repaired " + total
                    + " UTF-8 sequence(s) mis-decoded as windows-1252/Latin-1"
                    + (layers > 1 ? ", " + layers + " layers deep" : ""));
        }
        return current;
    }

    /** The byte (0x80..0xFF) a char stands for when it is a misread high byte, else 0. */
    static int byteOf(char c) {
        return c < BYTE_OF.length ? BYTE_OF[c] & 0xFF : 0;
    }

    /** One left-to-right repair pass. */
    private static final class Pass {
        private final String text;
        private final StringBuilder out;
        private int count;
        private int first = -1;

        Pass(String text) {
            this.text = text;
            this.out = new StringBuilder(text.length());
        }

        String run() {
            int i = 0;
            int n = text.length();
            while (i < n) {
                int consumed = tryAt(i);
                if (consumed > 0) {
                    if (first < 0) {
                        first = i;
                    }
                    count++;
                    i += consumed;
                } else {
                    out.append(text.charAt(i++));
                }
            }
            return out.toString();
        }

        /** Repairs the sequence starting at {@code i}; returns the chars consumed, 0 if none. */
        private int tryAt(int i) {
            char c = text.charAt(i);
            if (c < 0xC2 || c > 0xF4) {
                return 0;
            }
            byte[] bytes = new byte[4];
            int len = c <= 0xDF ? 2 : c <= 0xEF ? 3 : 4;
            bytes[0] = (byte) c;
            for (int k = 1; k < len; k++) {
                int b = i + k < text.length() ? byteOf(text.charAt(i + k)) : 0;
                if (b < 0x80 || b > 0xBF) {
                    return lostRightQuote(i, k, len);
                }
                bytes[k] = (byte) b;
            }
            if (Utf8.sequenceLength(bytes, 0) != len) {
                return 0;
            }
            int cp = decode(bytes, len);
            if (!plausible(cp, i, len)) {
                return 0;
            }
            out.appendCodePoint(cp);
            return len;
        }

        /** "â€" whose third byte 0x9D (undefined in windows-1252) was dropped: a right double quote. */
        private int lostRightQuote(int i, int k, int len) {
            if (len == 3 && k == 2 && text.charAt(i) == '\u00E2' && text.charAt(i + 1) == '\u20AC'
                    && (i + 2 >= text.length() || text.charAt(i + 2) == '\uFFFD'
                            || text.charAt(i + 2) <= ' ')) {
                out.append('\u201D');
                return i + 2 < text.length() && text.charAt(i + 2) == '\uFFFD' ? 3 : 2;
            }
            return 0;
        }

        private boolean plausible(int cp, int i, int len) {
            int type = Character.getType(cp);
            if (type == Character.UNASSIGNED || type == Character.PRIVATE_USE || type == Character.SURROGATE
                    || (cp >= 0xFDD0 && cp <= 0xFDEF) || (cp & 0xFFFE) == 0xFFFE) {
                return false;
            }
            if (cp >= 0x250 && cp <= 0x36F) {
                return false; // IPA, spacing modifiers, combining marks: "CAFÉ”" is not "CAFɔ"
            }
            if (!Character.isLetter(cp)) {
                return true;
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            char before = out.isEmpty() ? ' ' : out.charAt(out.length() - 1);
            char after = i + len < text.length() ? text.charAt(i + len) : ' ';
            boolean afterIsMojibake = after >= 0xC2 && after <= 0xF4;
            return sameScriptOrNone(before, script) && (afterIsMojibake || sameScriptOrNone(after, script));
        }

        private static boolean sameScriptOrNone(char neighbour, Character.UnicodeScript script) {
            return !Character.isLetter(neighbour) || Character.UnicodeScript.of(neighbour) == script;
        }
    }

    private static int decode(byte[] b, int len) {
        return switch (len) {
            case 2 -> ((b[0] & 0x1F) << 6) | (b[1] & 0x3F);
            case 3 -> ((b[0] & 0x0F) << 12) | ((b[1] & 0x3F) << 6) | (b[2] & 0x3F);
            default -> ((b[0] & 0x07) << 18) | ((b[1] & 0x3F) << 12) | ((b[2] & 0x3F) << 6) | (b[3] & 0x3F);
        };
    }

    private static byte[] reverseTable() {
        byte[] t = new byte[0x2200];
        for (int b = 0x80; b <= 0xFF; b++) {
            t[b] = (byte) b; // Latin-1 reading, including C1 controls
        }
        for (int b = 0x80; b <= 0x9F; b++) {
            char c = Western.CP1252[b];
            if (c != '\uFFFD' && c < t.length) {
                t[c] = (byte) b;
            }
        }
        return t;
    }
}
