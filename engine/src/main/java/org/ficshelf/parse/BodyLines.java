package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ficshelf.doc.TextLine;
import org.jspecify.annotations.Nullable;

/**
 * Reads body lines into units: text blocks, scene breaks, headings, completeness lines and
 * the headers of further posts; drops signatures (after a {@code "-- "} line) up to the next post.
 */
final class BodyLines {
    private static final Set<String> MAIL_KEYS = Set.of("from", "path", "newsgroups", "message-id", "subject",
            "date", "lines", "organization", "nntp-posting-host", "sender", "distribution", "xref",
            "references", "reply-to", "to", "return-path", "received", "mime-version", "content-type",
            "content-transfer-encoding", "in-reply-to", "followup-to", "article", "approved", "cc",
            "x-newsreader", "x-mailer", "status");
    private static final int BLANK_RUN_BREAK = 3;
    private static final int MAX_HEADER_RUN = 60;

    private final List<TextLine> lines;
    private final BodyLayout layout;
    private final List<BodyUnit> units = new ArrayList<>();
    private final List<TextLine> block = new ArrayList<>();
    private final List<BodyUnit.Post> posts;
    private int nextPost;

    private BodyLines(List<TextLine> lines, List<BodyUnit.Post> posts) {
        this.lines = lines;
        this.layout = BodyLayout.of(lines);
        this.posts = posts;
    }

    static List<BodyUnit> read(List<TextLine> lines) {
        return read(lines, List.of());
    }

    /**
     * As {@link #read(List)}, with the posts the container found (a message starts at the first
     * line numbered at or after its {@code line}), in line order.
     */
    static List<BodyUnit> read(List<TextLine> lines, List<BodyUnit.Post> posts) {
        BodyLines reader = new BodyLines(lines, posts);
        reader.run();
        return reader.units;
    }

    /** Adds the container's post that starts at this line, if any. */
    private void containerPost(TextLine line) {
        while (nextPost < posts.size() && line.number() >= posts.get(nextPost).line()) {
            BodyUnit.Post p = posts.get(nextPost++);
            flush();
            units.add(new BodyUnit.Post(p.subject(), line.number()));
        }
    }

    private void run() {
        int blanks = 0;
        boolean signature = false;
        for (int i = 0; i < lines.size(); i++) {
            TextLine line = lines.get(i);
            String text = line.text();
            if (nextPost < posts.size()) {
                containerPost(line);
            }
            int header = mailHeaderEnd(i);
            if (header > i) {
                flush();
                units.add(new BodyUnit.Post(subject(i, header), line.number()));
                signature = false;
                blanks = 0;
                i = header - 1;
                continue;
            }
            if (signature) {
                continue;
            }
            if (line.isBlank()) {
                flush();
                blanks++;
                continue;
            }
            if (text.equals("-- ") || text.strip().equals("--")) {
                flush();
                signature = true;
                continue;
            }
            boolean isolatedBefore = blanks > 0 || block.isEmpty();
            if (blanks >= BLANK_RUN_BREAK && !units.isEmpty()) {
                units.add(new BodyUnit.Break("", line.number()));
            }
            blanks = 0;
            if (!lineUnit(i, isolatedBefore)) {
                block.add(line);
            }
        }
        flush();
    }

    /** Adds the unit a non-text line makes and returns true, or returns false for story text. */
    private boolean lineUnit(int i, boolean isolatedBefore) {
        TextLine line = lines.get(i);
        String text = line.text();
        if (SceneBreakRow.is(text)) {
            flush();
            units.add(new BodyUnit.Break(text.strip(), line.number()));
            return true;
        }
        boolean isolatedAfter = i + 1 >= lines.size() || lines.get(i + 1).isBlank()
                || SceneBreakRow.is(lines.get(i + 1).text());
        boolean alone = isolatedBefore && block.isEmpty();
        if (!alone && !isolatedAfter) {
            return false;
        }
        EndMatter end = EndMatter.read(text);
        if (end != null) {
            flush();
            units.add(new BodyUnit.End(end, line.number()));
            return true;
        }
        ChapterHeading heading = alone ? ChapterHeading.read(text) : null;
        if (heading != null && (isolatedAfter || !heading.weak() && text.strip().length() <= 40)) {
            flush();
            units.add(new BodyUnit.Heading(heading, line.number()));
            EndMatter restEnd = heading.rest().isEmpty() ? null : EndMatter.read(heading.rest());
            if (restEnd != null) {
                units.add(new BodyUnit.End(restEnd, line.number()));
            }
            return true;
        }
        return false;
    }

    private void flush() {
        if (!block.isEmpty()) {
            units.addAll(layout.paragraphs(List.copyOf(block)));
            block.clear();
        }
    }

    /** The index after a mail/news header block starting at {@code i}, or {@code i} when none starts there. */
    private int mailHeaderEnd(int i) {
        if (!isMailLine(lines.get(i).text())) {
            return i;
        }
        int keys = 0;
        int j = i;
        while (j < lines.size() && j - i < MAX_HEADER_RUN && !lines.get(j).isBlank()) {
            String t = lines.get(j).text();
            if (isMailLine(t)) {
                keys++;
            } else if (!Character.isWhitespace(t.charAt(0))) {
                return i;
            }
            j++;
        }
        return keys >= 2 ? j : i;
    }

    static boolean isMailLine(String t) {
        if (t.startsWith("From ") && t.length() < 300 && t.indexOf('@') < 0 && t.matches(".*\\d{4}\\s*$")) {
            return true;
        }
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 30) {
            return false;
        }
        String key = t.substring(0, colon).toLowerCase(Locale.ROOT);
        return MAIL_KEYS.contains(key) || key.startsWith("x-") && key.indexOf(' ') < 0;
    }

    private String subject(int from, int to) {
        for (int k = from; k < to; k++) {
            String t = lines.get(k).text();
            if (t.regionMatches(true, 0, "Subject:", 0, 8)) {
                return t.substring(8).strip();
            }
        }
        return "";
    }

    /** The completeness a post subject states, or null. */
    static @Nullable EndMatter subjectEnd(String subject) {
        return subject.isEmpty() ? null : EndMatter.fromSubject(subject);
    }
}
