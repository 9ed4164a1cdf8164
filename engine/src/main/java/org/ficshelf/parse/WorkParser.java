package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.TextLine;
import org.ficshelf.format.PartNumber;
import org.ficshelf.format.SourceDocument;
import org.jspecify.annotations.Nullable;

/**
 * Parses a source's lines into front matter and a body document. Never throws on text.
 *
 * <p>What the text states comes first; what the container states (an e-mail subject, an
 * AO3 or EPUB metadata block) fills what the text leaves open; a page title is weak evidence
 * used last.
 */
public final class WorkParser {
    private WorkParser() {
    }

    public static ParsedWork parse(SourceDocument source) {
        ProblemList problems = ProblemList.tracking();
        List<TextLine> lines = source.lines();
        FrontMatter front = HeaderParser.parse(lines, problems);
        List<TextLine> bodyLines = lines.subList(Math.min(front.bodyStart(), lines.size()), lines.size());
        Body body = BodyParser.parse(bodyLines, front.notes(), front.footnotes(), posts(source.metadata()),
                problems);

        Map<String, FieldInfo> fields = new LinkedHashMap<>(front.fields());
        Map<String, @Nullable String> stated = new LinkedHashMap<>(front.stated());
        String title = front.title();
        List<String> authors = front.authors();
        String summary = front.summary();
        Map<String, String> meta = source.metadata();

        if (title == null) {
            title = containerTitle(meta, front, fields);
        }
        if (authors.isEmpty()) {
            authors = containerAuthors(meta, front, fields);
        }
        if (summary == null && meta.get("summary") != null) {
            summary = HeaderText.squash(meta.get("summary"));
            fields.put("summary", FieldInfo.stated(0.9, List.of("metadata summary: " + summary)));
        }
        for (Map.Entry<String, String> e : meta.entrySet()) {
            if (!e.getKey().equals("pageTitle") && stated.get(e.getKey()) == null) {
                stated.put(e.getKey(), HeaderText.squash(e.getValue()));
            }
        }
        HeaderRatingScan.fill(stated, fields, bodyLines);
        disclaimerFromNotes(stated, body.notes());

        List<String> notes = new ArrayList<>(source.metadataNotes());
        notes.addAll(front.notes());
        notes.addAll(body.notes());
        List<Footnote> footnotes = new ArrayList<>(front.footnotes());
        footnotes.addAll(body.footnotes());
        Boolean complete = complete(body, source.part(), fields);
        return new ParsedWork(title, authors, summary, stated, notes, footnotes, body.document(), complete,
                fields,
                problems.toList());
    }

    /** The container's further messages (all but the first), from its "messageStarts" and "subjects". */
    static List<BodyUnit.Post> posts(Map<String, String> meta) {
        String starts = meta.get("messageStarts");
        if (starts == null) {
            return List.of();
        }
        String[] lines = starts.split(",");
        String subjects = meta.get("subjects");
        String[] subject = subjects == null ? new String[0] : subjects.split("\n", -1);
        List<BodyUnit.Post> posts = new ArrayList<>();
        for (int k = 1; k < lines.length; k++) {
            try {
                int line = Integer.parseInt(lines[k].strip());
                posts.add(new BodyUnit.Post(k < subject.length ? subject[k].strip() : "", line));
            } catch (NumberFormatException e) {
                return posts; // metadata not written by the mail reader: use what was read
            }
        }
        return posts;
    }

    private static @Nullable String containerTitle(Map<String, String> meta, FrontMatter front,
            Map<String, FieldInfo> fields) {
        String t = meta.get("title");
        if (t != null && !t.isBlank()) {
            fields.put("title", FieldInfo.stated(0.9, List.of("metadata title: " + t.strip())));
            return Title.withoutDescriptor(HeaderText.squash(t));
        }
        String subject = front.mailSubject();
        String fromSubject = subject == null ? null : Title.fromSubject(subject);
        if (fromSubject != null) {
            fields.put("title", FieldInfo.stated(0.7, List.of("Subject: " + subject)));
            return fromSubject;
        }
        String page = meta.get("pageTitle");
        String fromPage = page == null ? null : HeaderPageTitle.title(page);
        if (fromPage != null) {
            fields.put("title", FieldInfo.inferred(0.4, List.of("page title: " + page)));
        }
        return fromPage;
    }

    private static List<String> containerAuthors(Map<String, String> meta, FrontMatter front,
            Map<String, FieldInfo> fields) {
        String[][] sources = {{meta.get("author"), "metadata author: "}, {front.mailFrom(), "From: "}};
        for (String[] s : sources) {
            if (s[0] != null && !s[0].isBlank()) {
                List<String> names = Byline.authors(s[0]);
                if (!names.isEmpty()) {
                    fields.put("authors", FieldInfo.stated(s[1].startsWith("From") ? 0.6 : 0.9,
                            List.of(s[1] + s[0].strip())));
                    return names;
                }
            }
        }
        String page = meta.get("pageTitle");
        String byPage = page == null ? null : HeaderPageTitle.author(page);
        if (byPage != null) {
            fields.put("authors", FieldInfo.inferred(0.4, List.of("page title: " + page)));
            return List.of(byPage);
        }
        return List.of();
    }

    /** A disclaimer the author put at the end of the text, when the front matter had none. */
    private static void disclaimerFromNotes(Map<String, @Nullable String> stated, List<String> notes) {
        if (stated.get("disclaimer") != null) {
            return;
        }
        for (String note : notes) {
            HeaderCues.Cue c = HeaderCues.find(List.of(note), "disclaimer");
            if (c != null) {
                stated.put("disclaimer", c.value());
                return;
            }
        }
    }

    /** The body's end marker decides; else the container's part number ("2 of 3" is unfinished). */
    private static @Nullable Boolean complete(Body body, @Nullable PartNumber part,
            Map<String, FieldInfo> fields) {
        if (body.complete() != null) {
            fields.put("complete", FieldInfo.stated(0.9, body.completeEvidence()));
            return body.complete();
        }
        PartNumber p = part != null ? part : body.part();
        if (p == null || p.of() == null) {
            return null;
        }
        boolean done = p.part() >= p.of();
        String words = "part " + p.part() + " of " + p.of();
        fields.put("complete", FieldInfo.inferred(done ? 0.7 : 0.8, List.of(words)));
        return done;
    }
}
