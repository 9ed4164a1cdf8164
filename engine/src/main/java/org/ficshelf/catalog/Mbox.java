package org.ficshelf.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An mbox mailing-list archive: messages, each starting with a {@code From } line. Each message
 * is imported as its own original (the message's bytes, envelope line included, so that the
 * messages laid end to end are the file as given).
 */
final class Mbox {
    private static final byte[] FROM = "From ".getBytes(StandardCharsets.US_ASCII);

    private Mbox() {
    }

    /** An .mbox name, or a file that starts with an envelope line and holds more than one. */
    static boolean looksLike(Path p, String name) {
        if (hasMboxName(name)) {
            return true;
        }
        try (InputStream in = Files.newInputStream(p)) {
            byte[] head = in.readNBytes(FROM.length);
            if (!startsAt(head, 0)) {
                return false;
            }
        } catch (IOException e) {
            return false; // the reader reports it
        }
        try {
            return starts(Files.readAllBytes(p)).size() > 1;
        } catch (IOException e) {
            return false;
        }
    }

    static boolean isMbox(byte[] bytes, String name) {
        return hasMboxName(name) || (startsAt(bytes, 0) && starts(bytes).size() > 1);
    }

    /** Gives each message to the sink as {@code path#n}; the last one accounts for the file's bytes. */
    static void split(String path, byte[] bytes, long diskBytes, Inputs.Sink sink)
            throws InterruptedException {
        List<Integer> starts = starts(bytes);
        if (starts.isEmpty() || starts.get(0) != 0) {
            starts.add(0, 0);
        }
        for (int i = 0; i < starts.size(); i++) {
            int from = starts.get(i);
            int to = i + 1 < starts.size() ? starts.get(i + 1) : bytes.length;
            byte[] message = java.util.Arrays.copyOfRange(bytes, from, to);
            boolean last = i == starts.size() - 1;
            String name = Item.name(path) + "-" + (i + 1) + ".eml";
            sink.accept(Item.bytes(path + "#" + (i + 1), name, message, last ? diskBytes : 0));
        }
    }

    private static boolean hasMboxName(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.endsWith(".mbox") || n.endsWith(".mbx");
    }

    /** Offsets of the lines that start with "From " (the envelope lines). */
    static List<Integer> starts(byte[] b) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < b.length; i++) {
            if ((i == 0 || b[i - 1] == '\n') && startsAt(b, i) && headerFollows(b, i)) {
                out.add(i);
            }
        }
        return out;
    }

    /** True when the line after the one at {@code at} is a mail header ("Name: value"). */
    private static boolean headerFollows(byte[] b, int at) {
        int i = at;
        while (i < b.length && b[i] != '\n') {
            i++;
        }
        int start = ++i;
        while (i < b.length && i - start < 80) {
            byte c = b[i];
            if (c == ':') {
                return i > start;
            }
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return false;
            }
            i++;
        }
        return false;
    }

    private static boolean startsAt(byte[] b, int at) {
        if (b.length - at < FROM.length) {
            return false;
        }
        for (int k = 0; k < FROM.length; k++) {
            if (b[at + k] != FROM[k]) {
                return false;
            }
        }
        return true;
    }
}
