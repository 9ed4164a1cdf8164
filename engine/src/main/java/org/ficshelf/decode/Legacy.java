package org.ficshelf.decode;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Chooses a legacy (non-UTF) charset for bytes that are not UTF-8: the declared one when the bytes
 * agree, else juniversalchardet's guess checked against the Western code pages by plausibility.
 */
final class Legacy {
    /** How many bytes detection and scoring look at; enough for any story's evidence. */
    private static final int SAMPLE = 1 << 20;

    private static final Charset ISO_8859_15 = Charset.forName("ISO-8859-15");
    private static final Charset MAC_ROMAN = Charset.forName("x-MacRoman");
    private static final Charset CP1252 = Charset.forName("windows-1252");
    private static final List<Charset> WESTERN = List.of(CP1252, ISO_8859_15, MAC_ROMAN);
    /** Other single-byte code pages scored against the Western ones; ties go to the Western. */
    private static final List<Charset> OTHER_SINGLE_BYTE = List.of(Charset.forName("windows-1250"),
            Charset.forName("windows-1251"), Charset.forName("KOI8-R"), Charset.forName("windows-1253"));
    /** Multibyte CJK encodings tried when the detector names one of them but is wrong about which. */
    private static final List<String> CJK = List.of("EUC-JP", "Shift_JIS", "GB18030", "Big5", "EUC-KR");

    private Legacy() {
    }

    /** The declared charset's reading, or null when it is unknown, a UTF, or the bytes contradict it. */
    static @Nullable Choice declared(byte[] b, @Nullable String declared) {
        Charset cs = lookup(declared);
        if (cs == null || cs.name().startsWith("UTF-") || Unicode.isWide(cs)) {
            return null;
        }
        if (cs.equals(StandardCharsets.ISO_8859_1) || cs.equals(StandardCharsets.US_ASCII)) {
            // As browsers do: Latin-1 and ASCII labels mean windows-1252.
            return hasC1Bytes(b)
                    ? new Choice(new String(b, CP1252), CP1252.name(), 0.85)
                    : new Choice(new String(b, StandardCharsets.ISO_8859_1), "ISO-8859-1", 0.85);
        }
        if (cs.equals(CP1252)) {
            return new Choice(new String(b, CP1252), CP1252.name(), 0.85);
        }
        String text = strict(b, cs);
        return text == null ? null : new Choice(text, cs.name(), 0.85);
    }

    /** The detected legacy reading; always returns something. */
    static Choice detect(byte[] b) {
        int limit = Math.min(b.length, SAMPLE);
        int[] highs = Western.highBytes(b, limit);
        int[] westernScores = new int[WESTERN.size()];
        for (int k = 0; k < westernScores.length; k++) {
            westernScores[k] = Western.score(b, limit, highs, table(WESTERN.get(k)));
        }
        int bestIndex = bestWestern(westernScores);
        Charset western = WESTERN.get(bestIndex);
        int westernScore = westernScores[bestIndex];
        Charset found = lookup(detector(b, limit));
        if (found != null && !isWestern(found) && !found.name().startsWith("UTF-")) {
            Choice other = isSingleByte(found)
                    ? singleByte(b, limit, highs, found, westernScore)
                    : Cjk.best(b, found, CJK);
            if (other != null) {
                return other;
            }
        }
        if (westernScore <= 0) {
            Choice cjk = Cjk.best(b, null, CJK);
            if (cjk != null) {
                return cjk;
            }
        }
        Charset bestOther = null;
        int otherScore = westernScore;
        for (Charset cs : OTHER_SINGLE_BYTE) {
            int score = Western.score(b, limit, highs, table(cs));
            if (score > otherScore) {
                bestOther = cs;
                otherScore = score;
            }
        }
        if (bestOther != null) {
            return new Choice(new String(b, bestOther), bestOther.name(), 0.6);
        }
        return westernChoice(b, highs.length, bestIndex, westernScores);
    }

    /** Escape-based 7-bit CJK encodings (ISO-2022-JP, HZ) hiding in ASCII bytes, or null. */
    static @Nullable Choice sevenBit(byte[] b) {
        Charset found = lookup(detector(b, Math.min(b.length, SAMPLE)));
        if (found == null || !(found.name().startsWith("ISO-2022") || found.name().startsWith("HZ"))) {
            return null;
        }
        String text = strict(b, found);
        return text == null ? null : new Choice(text, found.name(), 0.8);
    }

    private static @Nullable Choice singleByte(byte[] b, int limit, int[] highs, Charset found,
            int westernScore) {
        if (Western.score(b, limit, highs, table(found)) < westernScore) {
            return null;
        }
        return new Choice(new String(b, found), found.name(), 0.7);
    }

    private static Choice westernChoice(byte[] b, int high, int bestIndex, int[] scores) {
        Charset best = WESTERN.get(bestIndex);
        int bestScore = scores[bestIndex];
        int runnerUp = Integer.MIN_VALUE;
        for (int k = 0; k < scores.length; k++) {
            if (k != bestIndex) {
                runnerUp = Math.max(runnerUp, scores[k]);
            }
        }
        double margin = Math.min(1.0, (bestScore - (double) runnerUp) / Math.max(1, 2 * high));
        double confidence = bestScore <= 0 ? 0.4 : 0.6 + 0.3 * margin;
        if (best.equals(CP1252) && !hasC1Bytes(b)) {
            return new Choice(new String(b, StandardCharsets.ISO_8859_1), "ISO-8859-1", confidence);
        }
        return new Choice(new String(b, best), best.name(), confidence);
    }

    /** The index of the first highest score. */
    private static int bestWestern(int[] scores) {
        int best = 0;
        for (int k = 1; k < scores.length; k++) {
            if (scores[k] > scores[best]) {
                best = k;
            }
        }
        return best;
    }

    private static char[] table(Charset cs) {
        if (cs.equals(CP1252)) {
            return Western.CP1252;
        }
        return cs.equals(ISO_8859_15)
                ? Tables.ISO_8859_15
                : cs.equals(MAC_ROMAN) ? Tables.MAC_ROMAN : Western.table(cs);
    }

    /** Lazily built tables of the other Western code pages. */
    private static final class Tables {
        static final char[] ISO_8859_15 = Western.table(Legacy.ISO_8859_15);
        static final char[] MAC_ROMAN = Western.table(Legacy.MAC_ROMAN);
        static final java.util.Map<String, char[]> OTHERS = new java.util.concurrent.ConcurrentHashMap<>();
    }

    private static @Nullable String detector(byte[] b, int limit) {
        UniversalDetector detector = new UniversalDetector();
        detector.handleData(b, 0, limit);
        detector.dataEnd();
        return detector.getDetectedCharset();
    }

    private static boolean isWestern(Charset cs) {
        return WESTERN.contains(cs) || cs.equals(StandardCharsets.ISO_8859_1)
                || cs.equals(StandardCharsets.US_ASCII);
    }

    private static boolean isSingleByte(Charset cs) {
        return cs.newEncoder().maxBytesPerChar() <= 1.0f;
    }

    static boolean hasC1Bytes(byte[] b) {
        for (byte x : b) {
            if ((x & 0xE0) == 0x80) {
                return true;
            }
        }
        return false;
    }

    /** The text if {@code cs} decodes every byte, else null. */
    static @Nullable String strict(byte[] b, Charset cs) {
        try {
            return cs.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(b)).toString();
        } catch (CharacterCodingException | RuntimeException e) {
            return null;
        }
    }

    /** The JDK charset for a label, or null when the label is absent, malformed or unknown. */
    static @Nullable Charset lookup(@Nullable String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String name = label.trim().toLowerCase(Locale.ROOT);
        if (name.equals("latin1") || name.equals("latin-1") || name.equals("l1")) {
            name = "iso-8859-1";
        }
        try {
            return Charset.isSupported(name) ? Charset.forName(name) : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
