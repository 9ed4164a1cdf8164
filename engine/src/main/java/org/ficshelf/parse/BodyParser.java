package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.ficshelf.Footnote;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.TextLine;

/**
 * Parses the story lines after the front matter into a body document: chapters (headings and
 * further posts), blocks (paragraphs, verse, scene breaks), inline spans; takes out author's
 * notes, footnote legends, end markers and sign-offs, and reads completeness. Never throws on
 * text; linear in the input.
 */
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
        return parse(lines, headerNotes, List.of(), problems);
    }

    /**
     * As {@link #parse(List, List, ProblemList)}, knowing the footnote legend of the front matter,
     * so that markers it defines are read and not reported as missing their legend.
     */
    static Body parse(List<TextLine> lines, List<String> headerNotes, List<Footnote> headerFootnotes,
            ProblemList problems) {
        return parse(lines, headerNotes, headerFootnotes, List.of(), problems);
    }

    /** As above, with the further posts the container found (see {@link BodyLines#read(List, List)}). */
    static Body parse(List<TextLine> lines, List<String> headerNotes, List<Footnote> headerFootnotes,
            List<BodyUnit.Post> posts, ProblemList problems) {
        List<BodyUnit> units = new ArrayList<>(BodyLines.read(lines, posts));
        List<Footnote> footnotes = new ArrayList<>();
        List<String> disclaimers = new ArrayList<>();
        EndMatterTrim.trim(units, footnotes, disclaimers);
        Set<String> marks = new HashSet<>();
        headerFootnotes.forEach(f -> marks.add(f.mark()));
        footnotes.forEach(f -> marks.add(f.mark()));
        List<String> notes = new ArrayList<>();
        List<String> allNotes = new ArrayList<>(headerNotes);
        for (BodyUnit u : units) {
            if (u instanceof BodyUnit.Text t && "note".equals(BodyParagraphs.labelRole(t.lines()))) {
                allNotes.add(EndMatterTrim.joined(t.lines()));
            }
        }
        BodyParagraphs paragraphs = new BodyParagraphs(MarkupConventions.forNotes(allNotes), marks, notes,
                problems);
        ChapterAssembly assembly = new ChapterAssembly(paragraphs);
        for (BodyUnit u : ChapterAssembly.acceptedHeadings(units)) {
            assembly.add(u);
        }
        Document doc = new Document(assembly.chapters());
        notes.addAll(disclaimers); // a disclaimer after the story is the author's note
        Completeness c = assembly.completeness();
        return new Body(doc, notes, footnotes, c.complete(), c.evidence(), assembly.part());
    }
}
