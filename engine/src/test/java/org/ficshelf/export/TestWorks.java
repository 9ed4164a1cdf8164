package org.ficshelf.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.ChapterInfo;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.ficshelf.SourceInfo;
import org.ficshelf.Work;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.ficshelf.doc.Span;
import org.ficshelf.doc.SpanKind;
import org.jspecify.annotations.Nullable;

/** Builds works for export tests: a record with every field set from one value, and a body. */
final class TestWorks {
    private TestWorks() {
    }

    static final String SHA = "ab".repeat(32);

    /** A record whose text fields all carry {@code text}, with the given footnotes. */
    static WorkRecord record(String text, List<Footnote> footnotes, List<ChapterInfo> chapters,
            @Nullable String language) {
        Map<String, @Nullable String> stated = new LinkedHashMap<>();
        stated.put("rating", text);
        Map<String, FieldInfo> fields = new LinkedHashMap<>();
        fields.put("rating", FieldInfo.stated(text));
        fields.put("fandoms", FieldInfo.inferred(0.7, List.of("line 3: " + text)));
        return new WorkRecord(new SourceInfo(text + ".txt", SHA, 100, "text", "UTF-8", 1.0), text,
                List.of(text, "Second " + text), text, List.of(text), "Mature", "Mature",
                List.of("No Archive Warnings Apply"), List.of("Gen"), List.of(text + "/Other"), List.of(text),
                List.of(text), language, 1234, Boolean.TRUE, "third", chapters, List.of(text, "another note"),
                footnotes, stated, fields, List.of());
    }

    /** A one-paragraph chapter whose whole text is one span of {@code kind}. */
    static Paragraph spanned(String text, SpanKind kind) {
        return new Paragraph(text, List.of(Span.of(0, text.length(), kind)), 1);
    }

    /** A paragraph ending in a footnote reference to {@code mark} written as {@code written}. */
    static Paragraph withRef(String text, String written, String mark) {
        return new Paragraph(text + written,
                List.of(new Span(text.length(), text.length() + written.length(), SpanKind.FOOTNOTE_REF,
                        mark)),
                1);
    }

    /** A work of the given chapters, with every record text field {@code text}. */
    static Work work(String text, List<Footnote> footnotes, List<Chapter> chapters) {
        List<ChapterInfo> infos = new ArrayList<>();
        for (Chapter c : chapters) {
            infos.add(new ChapterInfo(c.title(), 10));
        }
        return new Work(record(text, footnotes, infos, "en"), new Document(chapters));
    }

    static Chapter chapter(@Nullable String title, Block... blocks) {
        return new Chapter(title, List.of(blocks));
    }

    static SceneBreak sceneBreak() {
        return new SceneBreak("* * *", 1);
    }
}
