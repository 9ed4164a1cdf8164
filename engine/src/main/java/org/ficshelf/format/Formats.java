package org.ficshelf.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ficshelf.decode.Decoded;
import org.ficshelf.decode.Decoder;
import org.ficshelf.doc.TextLine;

/** Reads a file of any supported format into a {@link SourceDocument}. Never fails on content. */
public final class Formats {
    private Formats() {
    }

    /** Sniffs the format from the bytes (and the name as a hint) and reads the file. */
    public static SourceDocument read(byte[] bytes, String name) {
        // Placeholder until the format readers land: everything is plain text.
        Decoded decoded = Decoder.decode(bytes, null);
        return plainText(decoded);
    }

    static SourceDocument plainText(Decoded decoded) {
        return new SourceDocument("text", decoded.charset(), decoded.confidence(), lines(decoded.text()),
                Map.of(), List.of(), null, decoded.problems());
    }

    /** Splits text on {@code \n} into numbered plain lines. */
    public static List<TextLine> lines(String text) {
        List<TextLine> out = new ArrayList<>();
        int start = 0;
        int number = 1;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i == text.length() && start == i && number > 1) {
                    break;
                }
                out.add(TextLine.plain(number++, text.substring(start, i)));
                start = i + 1;
            }
        }
        return out;
    }
}
