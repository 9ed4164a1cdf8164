package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.ChapterInfo;
import org.ficshelf.FieldInfo;
import org.ficshelf.Problem;
import org.ficshelf.SourceInfo;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.format.SourceDocument;
import org.ficshelf.parse.ParsedWork;

/** Infer: completes a parsed work into the work record. Never throws. */
public final class Inference {
    private Inference() {
    }

    public static WorkRecord infer(ParsedWork parsed, SourceDocument source, SourceInfo info) {
        // Placeholder until the infer stage lands: whitespace word counts only.
        List<ChapterInfo> chapters = new ArrayList<>();
        int words = 0;
        for (Chapter c : parsed.body().chapters()) {
            int w = 0;
            for (Block b : c.blocks()) {
                if (b instanceof Paragraph p) {
                    w += p.text().isBlank() ? 0 : p.text().strip().split("\\s+").length;
                }
            }
            chapters.add(new ChapterInfo(c.title(), w));
            words += w;
        }
        Map<String, FieldInfo> fields = new LinkedHashMap<>(parsed.fields());
        List<Problem> problems = new ArrayList<>(source.problems());
        problems.addAll(parsed.problems());
        return new WorkRecord(info, parsed.title(), parsed.authors(), parsed.summary(), List.of(), null, null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, words, parsed.complete(), null,
                chapters, parsed.notes(), parsed.footnotes(), parsed.stated(), fields, problems);
    }
}
