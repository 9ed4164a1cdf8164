package org.ficshelf.decode;

import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Chooses among the multibyte CJK encodings: each candidate must decode every byte, and the
 * one whose text is most made of kana, hangul and common ideographs wins.
 */
final class Cjk {
    private Cjk() {
    }

    /** The best strict CJK reading, or null when none decodes cleanly into plausible text. */
    static @Nullable Choice best(byte[] b, @Nullable Charset detected, List<String> candidates) {
        List<Charset> order = new ArrayList<>();
        if (detected != null) {
            order.add(detected);
        }
        for (String name : candidates) {
            Charset cs = Legacy.lookup(name);
            if (cs != null && !order.contains(cs)) {
                order.add(cs);
            }
        }
        Choice best = null;
        double bestScore = 0.3; // at least this share of non-ASCII characters must be typical CJK
        for (Charset cs : order) {
            String text = Legacy.strict(b, cs);
            double score = text == null ? -1 : score(text);
            if (score > bestScore) {
                best = new Choice(text, cs.name(), cs.equals(detected) ? 0.8 : 0.65);
                bestScore = score;
            }
        }
        return best;
    }

    /** The share of non-ASCII characters that are typical of CJK prose, kana counting double. */
    static double score(String text) {
        int nonAscii = 0;
        double good = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                continue;
            }
            nonAscii++;
            if (c >= 0x3040 && c <= 0x30FF) {
                good += 2; // hiragana and katakana
            } else if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0xAC00 && c <= 0xD7AF)) {
                good += 1; // common ideographs, hangul syllables
            } else if ((c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF5E)) {
                good += 1; // CJK punctuation, full-width forms
            }
        }
        return nonAscii == 0 ? 0 : good / nonAscii;
    }
}
