package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.TextLine;

/** Parses the story lines after the front matter into a body document. Never throws on text. */
final class BodyParser {
    private BodyParser() {
    }

    /**
     * @param lines the lines after the front matter
     * @param headerNotes the author's notes of the front matter, where markup conventions may be
     *        declared ("/text/ = thoughts, *text* = emphasis")
     * @param problems where positioned problems go
     */
    static Body parse(List<TextLine> lines, List<String> headerNotes, ProblemList problems) {
        // Placeholder until the body parser lands: every non-blank line is a paragraph.
        List<Block> blocks = new ArrayList<>();
        for (TextLine line : lines) {
            if (!line.isBlank()) {
                blocks.add(Paragraph.plain(line.text().strip(), line.number()));
            }
        }
        Document doc = new Document(List.of(new Chapter(null, blocks)));
        return new Body(doc, List.of(), List.of(), null, List.of(), null);
    }
}
