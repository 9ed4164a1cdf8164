package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.TextLine;
import org.ficshelf.format.SourceDocument;

/** Parses a source's lines into front matter and a body document. Never throws on text. */
public final class WorkParser {
    private WorkParser() {
    }

    public static ParsedWork parse(SourceDocument source) {
        // Placeholder until the parse stage lands: every non-blank line is a paragraph.
        List<Block> blocks = new ArrayList<>();
        for (TextLine line : source.lines()) {
            if (!line.isBlank()) {
                blocks.add(Paragraph.plain(line.text().strip(), line.number()));
            }
        }
        Document body = new Document(List.of(new Chapter(null, blocks)));
        return new ParsedWork(null, List.of(), null, Map.of(), List.of(), List.of(), body, null, Map.of(),
                List.of());
    }
}
