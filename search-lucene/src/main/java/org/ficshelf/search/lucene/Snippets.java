package org.ficshelf.search.lucene;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.ficshelf.search.SearchResult.Mark;
import org.ficshelf.search.SearchResult.Snippet;

/**
 * Snippets of story text around the query's first matches, from the opening the index stores
 * ({@link Schema#SNIPPET_CHARS}). The postings give the token position of a hit's first match
 * ({@link FirstMatches}) and {@link TextMarks} the character offset of a position near it, so
 * only a window of a few hundred characters around the match is analyzed again. A hit whose
 * story text matches only past the stored opening gets the opening's first passage, without
 * marks. Passages aim at about {@value #PASSAGE_GOAL} characters; one that runs far longer (a
 * paragraph without full stops) is cut to a window around its first match.
 */
final class Snippets extends UnifiedHighlighter {
    static final int PASSAGES = 3;
    private static final int PASSAGE_GOAL = 200;
    static final int PASSAGE_MAX = 400;
    private static final int BEFORE_MATCH = 120;
    /** Characters of the stored opening loaded: all of it (it is cut at a space below this). */
    private static final int LOADED = Schema.SNIPPET_CHARS + 64;
    /** Characters a window reaches before its mark, for the sentence the match is in. */
    static final int BEFORE_MARK = 300;
    /** Characters a window reaches past the mark after its match, for the rest of the passage. */
    static final int AFTER_MARK = 300;
    /** Characters of the opening a snippet without a match is taken from. */
    static final int HEAD = 1_000;

    /** Which part of a hit's stored opening is analyzed. */
    enum Cut {
        /** Around the mark before the first match. */
        WINDOW,
        /** All of it: the query cannot say where it matched, or the window missed. */
        WHOLE,
        /** Its start, for a passage without marks: the matches lie past the opening. */
        HEAD
    }

    /** The part of one hit's opening to analyze: for a window, the offsets of its marks. */
    record Part(Cut cut, int from, int to) {
        static final Part WHOLE_PART = new Part(Cut.WHOLE, 0, 0);
        static final Part HEAD_PART = new Part(Cut.HEAD, 0, 0);
    }

    private final IndexSearcher searcher;
    private final Map<Integer, Part> parts;

    private Snippets(IndexSearcher searcher, Analyzer analyzer, boolean openingIfUnmarked,
            Map<Integer, Part> parts) {
        super(UnifiedHighlighter.builder(searcher, analyzer)
                .withMaxLength(LOADED)
                .withMaxNoHighlightPassages(openingIfUnmarked ? 1 : 0)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(new ProseBreaks(),
                        PASSAGE_GOAL, 0.5f))
                .withFormatter(new Formatter()));
        this.searcher = searcher;
        this.parts = parts;
    }

    /** The snippets of each doc, in the order given (an empty list where nothing matched). */
    static List<List<Snippet>> of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs)
            throws IOException {
        List<List<Snippet>> out = new ArrayList<>(Collections.nCopies(docs.length, List.<Snippet>of()));
        Query text = docs.length == 0 ? null : FirstMatches.textPart(query);
        if (text == null) {
            return out;
        }
        int[] first = FirstMatches.of(searcher, text, docs);
        int[][] marks = TextMarks.of(searcher.getIndexReader().leaves(), docs);
        Map<Integer, Part> marked = new HashMap<>();
        Map<Integer, Part> unmarked = new HashMap<>();
        for (int i = 0; i < docs.length; i++) {
            if (first[i] == FirstMatches.UNKNOWN) {
                marked.put(docs[i], Part.WHOLE_PART);
            } else if (first[i] >= 0) {
                Part p = part(first[i], marks[i]);
                (p.cut() == Cut.HEAD ? unmarked : marked).put(docs[i], p);
            }
        }
        highlight(new Snippets(searcher, analyzer, false, marked), text, docs, out);
        for (int i = 0; i < docs.length; i++) {
            Part p = marked.get(docs[i]);
            if (p != null && p.cut() == Cut.WINDOW && out.get(i).isEmpty()) {
                // the window missed: a match in the last stretch lies past the opening
                boolean last = first[i] / TextMarks.STEP >= marks[i].length - 1;
                unmarked.put(docs[i], last ? Part.HEAD_PART : Part.WHOLE_PART);
            }
        }
        highlight(new Snippets(searcher, analyzer, true, unmarked), text, docs, out);
        return out;
    }

    /** The part to analyze for a first match at {@code position}, given the opening's marks. */
    static Part part(int position, int[] marks) {
        int k = position / TextMarks.STEP;
        if (k >= marks.length) {
            return Part.HEAD_PART;
        }
        return new Part(Cut.WINDOW, marks[k], k + 1 < marks.length ? marks[k + 1] : Integer.MAX_VALUE);
    }

    /** Highlights the docs {@code snippets} has parts for, into their places in {@code out}. */
    private static void highlight(Snippets snippets, Query query, int[] docs, List<List<Snippet>> out)
            throws IOException {
        int n = snippets.parts.size();
        if (n == 0) {
            return;
        }
        int[] some = new int[n];
        int[] where = new int[n];
        for (int i = 0, j = 0; i < docs.length; i++) {
            if (snippets.parts.containsKey(docs[i])) {
                some[j] = docs[i];
                where[j++] = i;
            }
        }
        List<List<Snippet>> found = snippets.highlight(query, some);
        for (int j = 0; j < n; j++) {
            out.set(where[j], found.get(j));
        }
    }

    /** Story text is analyzed again, always: no need to look at the index's field infos. */
    @Override
    protected OffsetSource getOffsetSource(String field) {
        return OffsetSource.ANALYSIS;
    }

    @Override
    protected List<CharSequence[]> loadFieldValues(String[] fields, DocIdSetIterator docIter,
            int cacheCharsThreshold)
            throws IOException {
        StoredFields stored = searcher.storedFields();
        List<CharSequence[]> out = new ArrayList<>();
        for (int doc = docIter.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docIter.nextDoc()) {
            String opening = opening(stored, doc);
            Part p = parts.getOrDefault(doc, Part.WHOLE_PART);
            CharSequence[] values = new CharSequence[fields.length];
            Arrays.fill(values, "");
            values[0] = cut(opening, p);
            out.add(values);
        }
        return out;
    }

    /** A doc's stored opening, its chapters joined as the index joins their offsets. */
    private static String opening(StoredFields stored, int doc) throws IOException {
        IndexableField[] values = stored.document(doc, Set.of(Schema.TEXT)).getFields(Schema.TEXT);
        if (values.length == 1) {
            return values[0].stringValue();
        }
        StringBuilder b = new StringBuilder(Schema.SNIPPET_CHARS);
        for (int i = 0; i < values.length; i++) {
            if (i > 0) {
                b.append(MULTIVAL_SEP_CHAR);
            }
            b.append(values[i].stringValue());
        }
        return b.toString();
    }

    /** The text of {@code part} of {@code opening}. */
    static String cut(String opening, Part part) {
        return switch (part.cut()) {
            case WHOLE -> opening;
            case HEAD -> opening.substring(0, spaceAfter(opening, Math.min(opening.length(), HEAD)));
            case WINDOW -> {
                int from = Math.min(part.from(), opening.length());
                int start = sentenceStart(opening, from);
                long wanted = part.to() == Integer.MAX_VALUE
                        ? opening.length()
                        : (long) part.to() + AFTER_MARK;
                int end = spaceAfter(opening, (int) Math.min(opening.length(), wanted));
                yield opening.substring(start, end);
            }
        };
    }

    /**
     * Where the sentence holding {@code at} starts, looking back at most {@link #BEFORE_MARK}
     * characters; failing one, the start of a word that far back.
     */
    static int sentenceStart(String text, int at) {
        int floor = Math.max(0, at - BEFORE_MARK);
        for (int i = at - 1; i > floor; i--) {
            char c = text.charAt(i);
            if (c == '\n' || c == MULTIVAL_SEP_CHAR) {
                return i + 1;
            }
            if (Character.isWhitespace(c) && endsSentence(text.charAt(i - 1))) {
                return i + 1;
            }
        }
        if (floor == 0) {
            return 0;
        }
        int i = floor;
        while (i < at && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean endsSentence(char c) {
        return c == '.' || c == '!' || c == '?' || c == '\u2026' || c == '"' || c == '\u201d';
    }

    /** {@code at}, moved on to the next whitespace (the end at most) so no word is cut. */
    private static int spaceAfter(String text, int at) {
        int i = at;
        int ceiling = Math.min(text.length(), at + 64);
        while (i < ceiling && !Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        if (i < text.length() && i > 0 && Character.isLowSurrogate(text.charAt(i))) {
            i--;
        }
        return i;
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
            if (end - start > PASSAGE_MAX) {
                if (p.getNumMatches() > 0) {
                    start = Math.max(start, p.getMatchStarts()[0] - BEFORE_MATCH);
                }
                end = cutAtSpace(content, start, Math.min(end, start + PASSAGE_MAX));
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

        /** {@code end}, moved back to just after a space when one is near, never into a surrogate pair. */
        private static int cutAtSpace(String content, int start, int end) {
            int floor = Math.max(start, end - 40);
            int cut = end;
            while (cut > floor && !Character.isWhitespace(content.charAt(cut - 1))) {
                cut--;
            }
            if (cut == floor) {
                cut = end;
            }
            if (cut > start && cut < content.length() && Character.isLowSurrogate(content.charAt(cut))) {
                cut--;
            }
            return cut;
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
