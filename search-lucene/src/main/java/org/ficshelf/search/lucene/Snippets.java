package org.ficshelf.search.lucene;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.ficshelf.search.SearchResult.Mark;
import org.ficshelf.search.SearchResult.Snippet;

/**
 * Snippets of story text around the query's first matches, found by analyzing again the opening
 * the index stores ({@link Schema#SNIPPET_CHARS}): first its first {@value #FIRST_LOOK}
 * characters, where most matches are, then the whole opening for the hits that had none there.
 * Passages aim at about {@value #PASSAGE_GOAL} characters; one that runs far longer (a paragraph
 * without full stops) is cut to a window around its first match.
 */
final class Snippets extends UnifiedHighlighter {
    static final int PASSAGES = 3;
    private static final int PASSAGE_GOAL = 200;
    private static final int PASSAGE_MAX = 400;
    private static final int BEFORE_MATCH = 120;
    /** Characters looked at first: enough for a hit whose words are common. */
    static final int FIRST_LOOK = 2_000;

    private Snippets(IndexSearcher searcher, Analyzer analyzer, int maxLength) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(maxLength)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        BreakIterator.getSentenceInstance(Locale.ROOT), PASSAGE_GOAL, 0.5f))
                .withFormatter(new Formatter()));
    }

    /** The snippets of each doc, in the order given (an empty list where nothing matched). */
    static List<List<Snippet>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs)
            throws IOException {
        List<List<Snippet>> out = new Snippets(searcher, analyzer, FIRST_LOOK).highlight(query, docs);
        int missing = 0;
        for (List<Snippet> s : out) {
            missing += s.isEmpty() ? 1 : 0;
        }
        if (missing == 0) {
            return out;
        }
        int[] again = new int[missing];
        int[] where = new int[missing];
        for (int i = 0, j = 0; i < docs.length; i++) {
            if (out.get(i).isEmpty()) {
                again[j] = docs[i];
                where[j++] = i;
            }
        }
        List<List<Snippet>> more = new Snippets(searcher, analyzer, Schema.SNIPPET_CHARS + 1)
                .highlight(query, again);
        for (int j = 0; j < again.length; j++) {
            out.set(where[j], more.get(j));
        }
        return out;
    }

    @SuppressWarnings("unchecked")
    private List<List<Snippet>> highlight(Query query, int[] docs) throws IOException {
        int[] max = new int[]{PASSAGES};
        Map<String, Object[]> byField = highlightFieldsAsObjects(new String[]{Schema.TEXT}, query, docs, max);
        Object[] perDoc = byField.get(Schema.TEXT);
        List<List<Snippet>> out = new ArrayList<>(docs.length);
        for (int i = 0; i < docs.length; i++) {
            Object o = perDoc == null ? null : perDoc[i];
            out.add(o == null ? List.of() : (List<Snippet>) o);
        }
        return out;
    }

    /** Turns passages into snippets with marks; separators between chapters become spaces. */
    private static final class Formatter extends PassageFormatter {
        @Override
        public Object format(Passage[] passages, String content) {
            List<Snippet> out = new ArrayList<>(passages.length);
            for (Passage p : passages) {
                out.add(snippet(p, content));
            }
            return out;
        }

        private static Snippet snippet(Passage p, String content) {
            int start = p.getStartOffset();
            int end = p.getEndOffset();
            if (end - start > PASSAGE_MAX && p.getNumMatches() > 0) {
                start = Math.max(start, p.getMatchStarts()[0] - BEFORE_MATCH);
                end = Math.min(end, start + PASSAGE_MAX);
            }
            List<Mark> marks = new ArrayList<>();
            int last = 0;
            for (int m = 0; m < p.getNumMatches(); m++) {
                int ms = Math.max(p.getMatchStarts()[m], start) - start;
                int me = Math.min(p.getMatchEnds()[m], end) - start;
                if (me > ms && ms >= last) {
                    marks.add(new Mark(ms, me));
                    last = me;
                }
            }
            String text = content.substring(start, end).replace(MULTIVAL_SEP_CHAR, ' ');
            return trimmed(text, marks);
        }

        private static Snippet trimmed(String text, List<Mark> marks) {
            int lead = 0;
            while (lead < text.length() && Character.isWhitespace(text.charAt(lead))
                    && (marks.isEmpty() || lead < marks.get(0).start())) {
                lead++;
            }
            int trail = text.length();
            while (trail > lead && Character.isWhitespace(text.charAt(trail - 1))
                    && (marks.isEmpty() || trail > marks.get(marks.size() - 1).end())) {
                trail--;
            }
            List<Mark> shifted = new ArrayList<>(marks.size());
            for (Mark m : marks) {
                shifted.add(new Mark(m.start() - lead, m.end() - lead));
            }
            return new Snippet(text.substring(lead, trail), shifted);
        }
    }
}
