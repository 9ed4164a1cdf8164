package org.ficshelf.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Turns bytes into text. Never fails on content: every byte sequence decodes to something. */
public final class Decoder {
    private Decoder() {
    }

    /**
     * Decodes bytes. {@code declared} is a charset named by the container (an HTML meta tag, a
     * MIME header), used when the bytes do not contradict it; null when there is none.
     */
    public static Decoded decode(byte[] bytes, @Nullable String declared) {
        // Placeholder until the decode stage lands: UTF-8, else windows-1252.
        Charset cs = StandardCharsets.UTF_8;
        String text = new String(bytes, cs);
        if (text.indexOf('\uFFFD') >= 0) {
            cs = Charset.forName("windows-1252");
            text = new String(bytes, cs);
        }
        text = text.replace("\r\n", "\n").replace('\r', '\n');
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') {
            text = text.substring(1);
        }
        return new Decoded(text, cs.name(), 0.5, List.of());
    }
}
