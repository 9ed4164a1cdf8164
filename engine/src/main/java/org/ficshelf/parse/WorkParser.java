package org.ficshelf.parse;

import java.util.List;
import java.util.Map;
import org.ficshelf.ProblemList;
import org.ficshelf.format.SourceDocument;

/** Parses a source's lines into front matter and a body document. Never throws on text. */
public final class WorkParser {
    private WorkParser() {
    }

    public static ParsedWork parse(SourceDocument source) {
        // Placeholder until the header parser lands: no front matter, everything is body.
        ProblemList problems = ProblemList.tracking();
        Body body = BodyParser.parse(source.lines(), List.of(), problems);
        return new ParsedWork(null, List.of(), null, Map.of(), body.notes(), body.footnotes(),
                body.document(),
                body.complete(), Map.of(), problems.toList());
    }
}
