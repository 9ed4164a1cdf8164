package org.ficshelf.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
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
 * the index stores ({@link Schema#SNIPPET_CHARS}): only as much of it as reaches the first
 * match, whose token position the postings give ({@link FirstMatches}), and more when that
 * estimate falls short.
 * Passages aim at about {@value #PASSAGE_GOAL} characters; one that runs far longer (a paragraph
 * without full stops) is cut to a window around its first match.
 */
final class Snippets extends UnifiedHighlighter {
    static final int PASSAGES = 3;
    private static final int PASSAGE_GOAL = 200;
    private static final int PASSAGE_MAX = 400;
    private static final int BEFORE_MATCH = 120;
    /**
     * How many characters of the opening are analyzed, smallest first: the look a hit gets is
     * the smallest that covers its first match by {@link #CHARS_PER_POSITION}.
     */
    static final int[] LOOKS = {1_000, 3_000, 8_000, Schema.SNIPPET_CHARS + 64};
    /** A generous bound on characters per token position in prose (words, spaces, stop words). */
    private static final int CHARS_PER_POSITION = 8;

    private Snippets(IndexSearcher searcher, Analyzer analyzer, int maxLength) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(maxLength)
                .withMaxNoHighlightPassages(0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new ProseBreaks(),
                        PASSAGE_GOAL, 0.5f))
                .withFormatter(new Formatter()));
    }

    /** The snippets of each doc, in the order given (an empty list where nothing matched). */
    static List<List<Snippet>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs)
            throws IOException {
        List<List<Snippet>> out = new ArrayList<>(Collections.nCopies(docs.length, List.<Snippet>of()));
        if (docs.length == 0 || !FirstMatches.searchesText(query)) {
            return out;
        }
        int[] first = FirstMatches.of(searcher, query, docs);
        int[] looks = new int[docs.length];
        for (int i = 0; i < docs.length; i++) {
            looks[i] = look(first[i]);
        }
        for (int look : LOOKS) {
            highlight(searcher, analyzer, query, docs, looks, look, out);
        }
        return out;
    }

    /** How many characters of the opening to analyze for a first match at {@code position}. */
    static int look(int position) {
        if (position == FirstMatches.NONE) {
            return 0;
        }
        long wanted = position == FirstMatches.UNKNOWN
                ? LOOKS[0]
                : (long) position * CHARS_PER_POSITION + PASSAGE_MAX;
        for (int look : LOOKS) {
            if (look >= wanted) {
                return look;
            }
        }
        return LOOKS[LOOKS.length - 1];
    }

    /**
     * Highlights the docs whose look is {@code look}; those left without a snippet (the estimate
     * fell short) move on to the next larger look.
     */
    private static void highlight(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs,
            int[] looks, int look, List<List<Snippet>> out)
            throws IOException {
        int n = 0;
        for (int l : looks) {
            n += l == look ? 1 : 0;
        }
        if (n == 0) {
            return;
        }
        int[] some = new int[n];
        int[] where = new int[n];
        for (int i = 0, j = 0; i < docs.length; i++) {
            if (looks[i] == look) {
                some[j] = docs[i];
                where[j++] = i;
            }
        }
        List<List<Snippet>> found = new Snippets(searcher, analyzer, look).highlight(query, some);
        int next = nextLook(look);
        for (int j = 0; j < n; j++) {
            out.set(where[j], found.get(j));
            if (found.get(j).isEmpty()) {
                looks[where[j]] = next;
            }
        }
    }

    private static int nextLook(int look) {
        for (int l : LOOKS) {
            if (l > look) {
                return l;
            }
        }
        return 0;
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
