package org.ficshelf.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.SequenceInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.james.mime4j.MimeException;
import org.apache.james.mime4j.codec.Base64InputStream;
import org.apache.james.mime4j.codec.DecodeMonitor;
import org.apache.james.mime4j.codec.DecoderUtil;
import org.apache.james.mime4j.codec.QuotedPrintableInputStream;
import org.apache.james.mime4j.parser.AbstractContentHandler;
import org.apache.james.mime4j.parser.MimeStreamParser;
import org.apache.james.mime4j.stream.BodyDescriptor;
import org.apache.james.mime4j.stream.MimeConfig;
import org.ficshelf.Problem;
import org.ficshelf.ProblemList;
import org.ficshelf.decode.Decoded;
import org.ficshelf.decode.Decoder;
import org.ficshelf.doc.TextLine;
import org.ficshelf.format.MailHeaders.ByteLines;
import org.jspecify.annotations.Nullable;

/**
 * Reads an e-mail or Usenet post, or a file of several posted one after another (an mbox, a
 * saved thread): headers become metadata (the subject read by {@link Subject}), bodies are
 * transfer-decoded and charset-decoded, multipart messages give their text/plain part (else their
 * text/html part through the HTML reader), and signatures and list footers are cut.
 */
final class MailReader {
    private static final int MAX_PARTS = 64;
    private static final Pattern CHARSET = Pattern.compile("(?i)charset\\s*=\\s*\"?([^\";\\s]{1,40})");
    private static final Pattern ANGLE = Pattern.compile("^\\s*\"?([^\"<]*?)\"?\\s*<([^>]*)>");
    private static final Pattern COMMENT = Pattern.compile("^\\s*([^\\s(]+@[^\\s(]+)\\s*\\((.*)\\)\\s*$");

    private MailReader() {
    }

    private record Message(MailHeaders headers, int bodyLine, int endLine) {
    }

    /** A decoded text part of a message. */
    private record Part(String mimeType, @Nullable String charset, byte[] bytes) {
    }

    static SourceDocument read(byte[] bytes) {
        ByteLines lines = ByteLines.of(bytes, -1);
        List<Message> messages = split(lines);
        ProblemList problems = ProblemList.tracking();
        List<TextLine> out = new ArrayList<>();
        List<String> starts = new ArrayList<>();
        List<String> subjects = new ArrayList<>();
        String encoding = null;
        double confidence = 1.0;
        for (Message m : messages) {
            if (!out.isEmpty()) {
                out.add(TextLine.plain(m.bodyLine(), ""));
            }
            starts.add(Integer.toString(m.bodyLine() + 1));
            subjects.add(decodeWords(m.headers().fields().getOrDefault("subject", "")));
            byte[] body = Arrays.copyOfRange(bytes, lines.start(m.bodyLine()), lines.start(m.endLine()));
            Decoded decoded = body(m, body, out, problems);
            if (decoded != null) {
                encoding = encoding == null ? decoded.charset() : encoding;
                confidence = Math.min(confidence, decoded.confidence());
            }
        }
        Map<String, String> metadata = metadata(messages.get(0).headers());
        if (messages.size() > 1) {
            metadata.put("messages", Integer.toString(messages.size()));
            metadata.put("messageStarts", String.join(", ", starts));
            if (subjects.stream().anyMatch(x -> !x.isBlank())) {
                metadata.put("subjects", String.join("\n", subjects));
            }
        }
        PartNumber part = Subject.parse(subjects.get(subjects.size() - 1)).part();
        return new SourceDocument("email", encoding == null ? "US-ASCII" : encoding,
                encoding == null ? 0.0 : confidence, out, metadata, List.of(), part, problems.toList());
    }

    /** The messages of a file: a new one starts after a blank line with a header block naming a sender. */
    private static List<Message> split(ByteLines lines) {
        int first = 0;
        while (first < lines.size() && lines.isBlank(first)) {
            first++;
        }
        List<MailHeaders> headers = new ArrayList<>();
        List<Integer> headerLines = new ArrayList<>();
        MailHeaders h = MailHeaders.at(lines, first);
        if (h == null) {
            h = new MailHeaders(Map.of(), first);
        }
        headers.add(h);
        headerLines.add(first);
        for (int j = h.bodyLine() + 1; j < lines.size(); j++) {
            if (!lines.isBlank(j - 1) || lines.isBlank(j)) {
                continue;
            }
            MailHeaders next = MailHeaders.at(lines, j);
            if (next != null && namesSender(next)) {
                headers.add(next);
                headerLines.add(j);
                j = next.bodyLine();
            }
        }
        List<Message> out = new ArrayList<>();
        for (int k = 0; k < headers.size(); k++) {
            int end = k + 1 < headers.size() ? headerLines.get(k + 1) : lines.size();
            out.add(new Message(headers.get(k), Math.min(headers.get(k).bodyLine(), end), end));
        }
        return out;
    }

    private static boolean namesSender(MailHeaders h) {
        Map<String, String> f = h.fields();
        return f.containsKey("from") || f.containsKey("path") || f.containsKey("newsgroups")
                || f.containsKey("message-id");
    }

    /** Decodes one message's body into {@code out}; the decoding used, or null when no text was found. */
    private static @Nullable Decoded body(Message m, byte[] raw, List<TextLine> out, ProblemList problems) {
        String contentType = m.headers().fields().getOrDefault("content-type", "text/plain");
        int firstLine = m.bodyLine() + 1;
        Part part;
        if (contentType.toLowerCase(Locale.ROOT).startsWith("multipart/")) {
            part = pickPart(contentType, raw, problems, firstLine);
        } else {
            String cte = m.headers().fields().getOrDefault("content-transfer-encoding", "");
            part = new Part(mimeType(contentType), charset(contentType),
                    transferDecode(raw, cte, problems, firstLine));
        }
        if (part == null) {
            problems.add(firstLine, 0, "no-text-part", "the message has no text part to read");
            return null;
        }
        Decoded decoded = Decoder.decode(part.bytes(), part.charset());
        for (Problem p : decoded.problems()) {
            problems.add(p.line() == 0
                    ? p
                    : new Problem(p.line() + firstLine - 1, p.column(), p.code(), p.message()));
        }
        List<TextLine> lines;
        if (part.mimeType().equals("text/html")) {
            lines = renumber(HtmlText.lines(HtmlReader.parse(decoded.text()).body(), true), firstLine - 1);
        } else {
            lines = Formats.lines(decoded.text(), firstLine);
        }
        out.addAll(MailBody.clean(lines));
        return decoded;
    }

    private static List<TextLine> renumber(List<TextLine> lines, int delta) {
        List<TextLine> out = new ArrayList<>(lines.size());
        for (TextLine l : lines) {
            out.add(new TextLine(l.number() + delta, l.text(), l.spans()));
        }
        return out;
    }

    static byte[] transferDecode(byte[] raw, String cte, ProblemList problems, int line) {
        String enc = cte.strip().toLowerCase(Locale.ROOT);
        try {
            if (enc.equals("quoted-printable")) {
                return readAll(
                        new QuotedPrintableInputStream(new ByteArrayInputStream(raw), DecodeMonitor.SILENT));
            }
            if (enc.equals("base64")) {
                return readAll(new Base64InputStream(new ByteArrayInputStream(raw), DecodeMonitor.SILENT));
            }
        } catch (IOException | RuntimeException e) {
            problems.add(line, 0, "mime-decode-error",
                    "the " + enc + " body could not be decoded: " + e.getMessage());
        }
        return raw;
    }

    private static byte[] readAll(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    /** The first text/plain part of a multipart body, else its first text/html part. */
    private static @Nullable Part pickPart(String contentType, byte[] body, ProblemList problems, int line) {
        List<Part> parts = new ArrayList<>();
        MimeConfig config = new MimeConfig.Builder().setMaxLineLen(-1).setMaxHeaderLen(-1)
                .setMaxHeaderCount(-1)
                .setMaxContentLen(-1).build();
        MimeStreamParser parser = new MimeStreamParser(config);
        parser.setContentDecoding(true);
        parser.setContentHandler(new AbstractContentHandler() {
            @Override
            public void body(BodyDescriptor bd, InputStream is) throws IOException {
                String type = bd.getMimeType().toLowerCase(Locale.ROOT);
                if (parts.size() < MAX_PARTS && (type.equals("text/plain") || type.equals("text/html"))) {
                    parts.add(new Part(type, bd.getCharset(), is.readAllBytes()));
                }
            }
        });
        byte[] head = ("Content-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1);
        try {
            parser.parse(
                    new SequenceInputStream(new ByteArrayInputStream(head), new ByteArrayInputStream(body)));
        } catch (MimeException | IOException | RuntimeException e) {
            problems.add(line, 0, "mime-decode-error", "the multipart body is malformed: " + e.getMessage());
        }
        for (String wanted : List.of("text/plain", "text/html")) {
            for (Part p : parts) {
                if (p.mimeType().equals(wanted)) {
                    return p;
                }
            }
        }
        return null;
    }

    private static String mimeType(String contentType) {
        int semi = contentType.indexOf(';');
        return (semi < 0 ? contentType : contentType.substring(0, semi)).strip().toLowerCase(Locale.ROOT);
    }

    private static @Nullable String charset(String contentType) {
        Matcher m = CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The metadata the first message's headers state. */
    private static Map<String, String> metadata(MailHeaders h) {
        Map<String, String> out = new LinkedHashMap<>();
        String subject = decodeWords(h.fields().getOrDefault("subject", ""));
        if (!subject.isBlank()) {
            out.put("subject", subject);
            Subject s = Subject.parse(subject);
            HtmlReader.putIfPresent(out, "title", s.title());
            HtmlReader.putIfPresent(out, "listTag", s.listTag());
            HtmlReader.putIfPresent(out, "rating", s.rating());
            if (!s.pairings().isEmpty()) {
                out.put("pairings", String.join(", ", s.pairings()));
            }
        }
        String from = decodeWords(h.fields().getOrDefault("from", ""));
        HtmlReader.putIfPresent(out, "author", displayName(from));
        HtmlReader.putIfPresent(out, "authorEmail", address(from));
        HtmlReader.putIfPresent(out, "date", h.get("date"));
        HtmlReader.putIfPresent(out, "newsgroups", h.get("newsgroups"));
        HtmlReader.putIfPresent(out, "organization",
                decodeWords(h.fields().getOrDefault("organization", "")));
        return out;
    }

    /** {@code "Lantern Jack" <x@example.net>} and {@code x@example.net (Lantern Jack)} give Lantern Jack. */
    static @Nullable String displayName(String from) {
        Matcher m = ANGLE.matcher(from);
        if (m.find()) {
            String name = m.group(1).strip();
            return name.isEmpty() ? null : name;
        }
        m = COMMENT.matcher(from);
        if (m.find()) {
            String name = m.group(2).strip().replaceAll("^\"|\"$", "").strip();
            return name.isEmpty() ? null : name;
        }
        return null;
    }

    static @Nullable String address(String from) {
        Matcher m = ANGLE.matcher(from);
        if (m.find()) {
            return m.group(2).strip();
        }
        m = COMMENT.matcher(from);
        if (m.find()) {
            return m.group(1);
        }
        String t = from.strip();
        return t.contains("@") && !t.contains(" ") ? t : null;
    }

    /** Decodes RFC 2047 encoded words; leaves the text as it is when they are broken. */
    static String decodeWords(String s) {
        if (!s.contains("=?")) {
            return s;
        }
        try {
            return DecoderUtil.decodeEncodedWords(s, DecodeMonitor.SILENT);
        } catch (RuntimeException e) {
            return s;
        }
    }
}
