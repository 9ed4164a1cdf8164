package org.ficshelf.decode;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.ficshelf.ProblemList;
import org.jspecify.annotations.Nullable;

/**
 * Turns bytes into text. Never fails on content: every byte sequence decodes to something.
 *
 * <p>Order of evidence: a byte order mark; UTF-16 by its NUL pattern; strict UTF-8 (the fast,
 * common path); a declared charset the bytes agree with; UTF-8 with a few stray legacy bytes;
 * then detection among legacy code pages. Mojibake is repaired and the text cleaned afterwards.
 */
public final class Decoder {
    private Decoder() {
    }

    /**
     * Decodes bytes. {@code declared} is a charset named by the container (an HTML meta tag, a
     * MIME header), used when the bytes do not contradict it; null when there is none.
     */
    public static Decoded decode(byte[] bytes, @Nullable String declared) {
        ProblemList problems = ProblemList.tracking();
        Choice choice;
        try {
            choice = choose(bytes, declared, problems);
        } catch (RuntimeException e) {
            // A bug must not lose the file: fall back to a reading that cannot fail.
            problems.add(0, 0, "decode-fallback", "charset detection failed (" + e.getClass().getSimpleName()
                    + "); read as windows-1252");
            choice = new Choice(new String(bytes, Charset.forName("windows-1252")), "windows-1252", 0.1);
        }
        String text = choice.text();
        TextProfile profile = TextProfile.of(text);
        if (profile.mojibakeLeads()) {
            String repaired = Mojibake.repair(text, problems);
            if (!repaired.equals(text)) {
                text = repaired;
                profile = TextProfile.of(text);
            }
        }
        text = Cleanup.clean(text, profile, problems);
        return new Decoded(text, choice.charset(), choice.confidence(), problems.toList());
    }

    /**
     * The charset an HTML or XML document names in its first bytes ({@code <meta charset>},
     * {@code <meta http-equiv content="...; charset=">}, {@code <?xml encoding=?>}), or null.
     */
    public static @Nullable String sniffHtmlMetaCharset(byte[] bytes) {
        return MetaCharset.sniff(bytes);
    }

    private static Choice choose(byte[] bytes, @Nullable String declared, ProblemList problems) {
        Choice unicode = Unicode.fromBom(bytes);
        if (unicode == null) {
            unicode = Unicode.fromNulPattern(bytes);
        }
        if (unicode != null) {
            return unicode;
        }
        String utf8 = Utf8.strict(bytes);
        if (utf8 != null) {
            return validUtf8(bytes, utf8);
        }
        Utf8.Stats stats = Utf8.stats(bytes);
        if (stats.truncatedTail() && stats.multibyte() > 0) {
            return new Choice(new String(bytes, StandardCharsets.UTF_8), "UTF-8", 0.9);
        }
        Choice fromDeclared = Legacy.declared(bytes, declared);
        if (fromDeclared != null) {
            return fromDeclared;
        }
        if (stats.multibyte() > 0 && stats.multibyte() >= stats.invalid()) {
            Positions at = Positions.of(
                    new String(bytes, 0, stats.firstInvalid(), StandardCharsets.ISO_8859_1),
                    stats.firstInvalid());
            problems.add(at.line(), at.column(), "mixed-encoding", stats.invalid()
                    + " byte(s) that are not UTF-8 in a UTF-8 file were read as windows-1252");
            return new Choice(Utf8.mixed(bytes), "UTF-8", 0.6);
        }
        return Legacy.detect(bytes);
    }

    private static Choice validUtf8(byte[] bytes, String text) {
        if (text.length() == bytes.length) {
            // Pure ASCII; ISO-2022 and HZ hide CJK text in ASCII bytes behind escapes.
            Choice sevenBit = text.indexOf('\u001B') >= 0 || text.contains("~{")
                    ? Legacy.sevenBit(bytes)
                    : null;
            return sevenBit != null ? sevenBit : new Choice(text, "UTF-8", 0.95);
        }
        return new Choice(text, "UTF-8", 0.99);
    }
}
