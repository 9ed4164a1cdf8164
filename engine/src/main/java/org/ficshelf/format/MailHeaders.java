package org.ficshelf.format;

import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * An RFC 5322 header block found at a line of a file (an e-mail or Usenet post, optionally after
 * an mbox {@code From } line): its fields, unfolded, and where the body begins.
 *
 * @param fields lower-case field name to its first value, unfolded
 * @param bodyLine index of the first body line (0-based, into the file's lines)
 */
record MailHeaders(Map<String, String> fields, int bodyLine) {
    /** A header block longer than this is not one. */
    private static final int MAX_LINES = 300;
    private static final int MAX_NAME = 40;

    /** Header names that only mail and news use: two of them make a header block. */
    private static final Set<String> MAIL = Set.of("from", "subject", "newsgroups", "path", "received",
            "message-id", "date", "return-path", "to", "cc", "mime-version", "content-type",
            "content-transfer-encoding", "xref", "article", "nntp-posting-host", "lines", "organization",
            "reply-to", "sender", "references", "in-reply-to", "delivered-to", "followup-to", "distribution",
            "approved", "mailing-list", "list-id", "precedence", "x-mailer", "user-agent");
    /** Header names of a fic's own header block: their presence means this is not mail. */
    private static final Set<String> FIC = Set.of("title", "author", "rating", "pairing", "pairings",
            "disclaimer", "spoilers", "feedback", "warning", "warnings", "category", "archive", "summary");

    MailHeaders {
        fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields)); // one order in every run
    }

    @Nullable
    String get(String name) {
        return fields.get(name);
    }

    /** True when the file opens (after blank lines) with a mail or news header block. */
    static boolean startsWithHeaders(byte[] bytes) {
        ByteLines lines = ByteLines.of(bytes, 64 * 1024, true);
        int first = 0;
        while (first < lines.size() && lines.isBlank(first)) {
            first++;
        }
        return first < lines.size() && at(lines, first) != null;
    }

    /** The header block starting at line {@code index}, or null when none starts there. */
    static @Nullable MailHeaders at(ByteLines lines, int index) {
        int i = index;
        if (i < lines.size() && lines.startsWith(i, "From ")) {
            i++;
        }
        boolean mbox = i > index;
        Map<String, String> fields = new LinkedHashMap<>();
        int mail = 0;
        String lastName = null;
        int end = Math.min(lines.size(), index + MAX_LINES);
        for (; i < end && !lines.isBlank(i); i++) {
            String line = lines.latin1(i, 2000);
            if ((line.startsWith(" ") || line.startsWith("\t")) && lastName != null) {
                fields.computeIfPresent(lastName, (k, v) -> v + " " + line.strip());
                continue;
            }
            String name = name(line);
            if (name == null) {
                return null;
            }
            if (FIC.contains(name) && !(name.equals("summary") && mail >= 3)) {
                return null;
            }
            if (MAIL.contains(name) && !fields.containsKey(name)) {
                mail++;
            }
            fields.putIfAbsent(name, line.substring(line.indexOf(':') + 1).strip());
            lastName = name;
        }
        if (mail < 2 && !(mbox && mail >= 1)) {
            return null;
        }
        int body = i < lines.size() ? i + 1 : i;
        return new MailHeaders(fields, body);
    }

    /** The lower-cased field name of a header line, or null when the line is not one. */
    private static @Nullable String name(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > MAX_NAME) {
            return null;
        }
        for (int k = 0; k < colon; k++) {
            char c = line.charAt(k);
            if (c <= ' ' || c > '~') {
                return null;
            }
        }
        return line.substring(0, colon).toLowerCase(Locale.ROOT);
    }

    /** The lines of a byte array, located without decoding; {@code \r\n}, {@code \n}, {@code \r} end a line. */
    static final class ByteLines {
        private final byte[] bytes;
        private final int[] starts;
        private final int[] ends;
        private final int size;

        private ByteLines(byte[] bytes, int[] starts, int[] ends, int size) {
            this.bytes = bytes;
            this.starts = starts;
            this.ends = ends;
            this.size = size;
        }

        /** The lines of the first {@code limit} bytes (all lines when limit is negative). */
        static ByteLines of(byte[] bytes, int limit) {
            return of(bytes, limit, false);
        }

        /**
         * As {@link #of(byte[], int)}; with {@code firstBlock}, stops after the first blank line that
         * follows a non-blank one (all a header block starting at the first text line can use).
         */
        static ByteLines of(byte[] bytes, int limit, boolean firstBlock) {
            int n = limit < 0 ? bytes.length : Math.min(bytes.length, limit);
            int[] starts = new int[16];
            int[] ends = new int[16];
            int size = 0;
            int start = 0;
            boolean content = false;
            for (int i = 0; i <= n; i++) {
                if (i == n || bytes[i] == '\n' || bytes[i] == '\r') {
                    if (i == n && start == n && size > 0) {
                        break;
                    }
                    if (size == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, size * 2);
                        ends = java.util.Arrays.copyOf(ends, size * 2);
                    }
                    starts[size] = start;
                    ends[size] = i;
                    size++;
                    if (firstBlock) {
                        boolean blank = blank(bytes, start, i);
                        if (blank && content) {
                            break;
                        }
                        content |= !blank;
                    }
                    if (i < n && bytes[i] == '\r' && i + 1 < n && bytes[i + 1] == '\n') {
                        i++;
                    }
                    start = i + 1;
                }
            }
            return new ByteLines(bytes, starts, ends, size);
        }

        private static boolean blank(byte[] bytes, int from, int to) {
            for (int k = from; k < to; k++) {
                if (bytes[k] != ' ' && bytes[k] != '\t') {
                    return false;
                }
            }
            return true;
        }

        int size() {
            return size;
        }

        int start(int line) {
            return line < size ? starts[line] : bytes.length;
        }

        boolean isBlank(int line) {
            for (int k = starts[line]; k < ends[line]; k++) {
                if (bytes[k] != ' ' && bytes[k] != '\t') {
                    return false;
                }
            }
            return true;
        }

        boolean startsWith(int line, String prefix) {
            if (ends[line] - starts[line] < prefix.length()) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (bytes[starts[line] + k] != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** The line as ISO-8859-1 text, at most {@code max} bytes of it. */
        String latin1(int line, int max) {
            int len = Math.min(ends[line] - starts[line], max);
            return new String(bytes, starts[line], len, StandardCharsets.ISO_8859_1);
        }
    }
}
