package org.ficshelf.format;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ficshelf.Problem;
import org.ficshelf.decode.Decoded;
import org.ficshelf.decode.Decoder;
import org.ficshelf.doc.TextLine;

/** Reads a file of any supported format into a {@link SourceDocument}. Never fails on content. */
public final class Formats {
    private Formats() {
    }

    /**
     * Sniffs the format from the bytes (the name is only a hint) and reads the file: plain text,
     * a legacy or AO3 HTML page, an e-mail or Usenet post (or a file of several), or an EPUB.
     */
    public static SourceDocument read(byte[] bytes, String name) {
        String format = Sniffer.sniff(bytes, name);
        try {
            return switch (format) {
                case Sniffer.EPUB -> EpubReader.read(bytes);
                case Sniffer.EMAIL -> MailReader.read(bytes);
                case Sniffer.HTML -> HtmlReader.read(bytes);
                default -> plainText(Decoder.decode(bytes, null));
            };
        } catch (RuntimeException | StackOverflowError e) {
            return fallback(bytes, format, e);
        }
    }

    /** The file read as plain text after its format reader failed (a bug), with a problem saying so. */
    private static SourceDocument fallback(byte[] bytes, String format, Throwable e) {
        Decoded decoded = Decoder.decode(bytes, null);
        List<Problem> problems = new ArrayList<>(decoded.problems());
        problems.add(Problem.ofFile("format-reader-failed", "the " + format + " reader failed ("
                + e.getClass().getSimpleName() + "); the file was read as plain text"));
        return new SourceDocument("text", decoded.charset(), decoded.confidence(), lines(decoded.text()),
                Map.of(),
                List.of(), null, problems);
    }

    static SourceDocument plainText(Decoded decoded) {
        return new SourceDocument("text", decoded.charset(), decoded.confidence(), lines(decoded.text()),
                Map.of(), List.of(), null, decoded.problems());
    }

    /** Splits text on {@code \n} into numbered plain lines. */
    public static List<TextLine> lines(String text) {
        return lines(text, 1);
    }

    /** Splits text on {@code \n} into plain lines numbered from {@code first}. */
    static List<TextLine> lines(String text, int first) {
        List<TextLine> out = new ArrayList<>();
        int start = 0;
        int number = first;
        int length = text.length();
        while (true) {
            int nl = text.indexOf('\n', start);
            if (nl < 0) {
                if (start < length || number == first) {
                    out.add(TextLine.plain(number, text.substring(start)));
                }
                return out;
            }
            out.add(TextLine.plain(number++, text.substring(start, nl)));
            start = nl + 1;
        }
    }
}
