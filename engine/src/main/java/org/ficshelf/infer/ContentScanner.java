package org.ficshelf.infer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.jspecify.annotations.Nullable;

/**
 * One pass over a story's paragraphs with the cue automaton: each word is one hash lookup, the
 * longest listed phrase at each word wins (so "killer smile" hides "killer"), a harmless phrase
 * overlapping a cue's end wins over it ("they came back"), a negator up to
 * three words back in the same sentence cancels a cue, and per-paragraph sums feed sliding
 * three-paragraph passages. Not thread-safe: make one per scan.
 */
final class ContentScanner {
    private static final int CATEGORIES = CueCategory.values().length;
    private static final int WINDOW = 3;
    private static final int NEGATION_REACH = 3;
    private static final int EVIDENCE_PER_CATEGORY = 4;

    private final CueLexicon lexicon;
    private final CueTokens tokens = new CueTokens();
    private final double[] totals = new double[CATEGORIES];
    private final int[] counts = new int[CATEGORIES];
    private final List<List<String>> evidence = new ArrayList<>();
    private final double[][] window = new double[WINDOW][CATEGORIES];
    private int windowAt;
    private int words;
    private double explicitPassage;
    private int explicitLine;
    private double sexualPassage;
    private int sexualLine;
    private double gorePassage;
    private int goreLine;
    private int underageLine;
    private @Nullable String paragraphAct;
    private @Nullable String paragraphAnatomy;

    ContentScanner(CueLexicon lexicon) {
        this.lexicon = lexicon;
        for (int i = 0; i < CATEGORIES; i++) {
            evidence.add(new ArrayList<>());
        }
    }

    /** Scans a whole document. */
    static ContentScan scan(Document document, CueLexicon lexicon) {
        ContentScanner scanner = new ContentScanner(lexicon);
        for (Chapter chapter : document.chapters()) {
            scanner.resetWindow();
            for (Block block : chapter.blocks()) {
                switch (block) {
                    case Paragraph p -> scanner.paragraph(p.text(), p.line());
                    case SceneBreak b -> scanner.resetWindow();
                }
            }
        }
        return scanner.result();
    }

    void paragraph(String text, int line) {
        tokens.scan(text, lexicon.vocabulary());
        paragraph(tokens, line);
    }

    /** Reads one paragraph already tokenized (by the shared text pass) against this lexicon. */
    void paragraph(CueTokens paragraph, int line) {
        windowAt = (windowAt + 1) % WINDOW;
        double[] sums = window[windowAt];
        Arrays.fill(sums, 0);
        words += paragraph.words;
        paragraphAct = null;
        paragraphAnatomy = null;
        matchAll(paragraph, sums, line);
        passages(line);
    }

    private void matchAll(CueTokens tokens, double[] sums, int line) {
        int lastNegator = -NEGATION_REACH - 1;
        int lastBreak = -1;
        int i = 0;
        while (i < tokens.size) {
            int id = tokens.ids[i];
            CueTrie<Cue> node = id < 0 ? null : lexicon.trie().longest(tokens.ids, i, tokens.size);
            if (node == null) {
                lastBreak = id == CueTokens.BREAK ? i : lastBreak;
                i++;
                continue;
            }
            Cue cue = node.value();
            int overridden = neutralOverlap(tokens, i, node.depth());
            if (overridden > 0 && cue.category() != CueCategory.NEGATOR) {
                i = overridden;
                continue;
            }
            if (cue.category() == CueCategory.NEGATOR) {
                lastNegator = i + node.depth() - 1;
            } else if (cue.category() != CueCategory.NEUTRAL) {
                boolean negated = cue.category().negatable() && i - lastNegator <= NEGATION_REACH
                        && lastNegator > lastBreak;
                if (!negated) {
                    record(cue, sums, line);
                }
            }
            i += node.depth();
        }
    }

    /**
     * Where a harmless phrase that starts inside the cue at {@code start} and runs past its end
     * stops ("they came" + "came back"), or 0 if there is none: that reading wins.
     */
    private int neutralOverlap(CueTokens tokens, int start, int depth) {
        int end = start + depth;
        for (int j = start + 1; j < end; j++) {
            CueTrie<Cue> other = lexicon.trie().longest(tokens.ids, j, tokens.size);
            if (other != null && other.value().category() == CueCategory.NEUTRAL && j + other.depth() > end) {
                return j + other.depth();
            }
        }
        return 0;
    }

    private void record(Cue cue, double[] sums, int line) {
        if (cue.category() == CueCategory.SEX_ACT && paragraphAct == null) {
            paragraphAct = cue.phrase();
        } else if (cue.category() == CueCategory.SEX_ANATOMY && paragraphAnatomy == null) {
            paragraphAnatomy = cue.phrase();
        }
        int c = cue.category().ordinal();
        totals[c] += cue.weight();
        counts[c]++;
        sums[c] += cue.weight();
        List<String> found = evidence.get(c);
        if (found.size() < EVIDENCE_PER_CATEGORY) {
            found.add("line " + line + ": " + cue.phrase());
        }
    }

    private void passages(int line) {
        double anatomy = windowSum(CueCategory.SEX_ANATOMY);
        double act = windowSum(CueCategory.SEX_ACT);
        if (anatomy > 0 && act > 0 && anatomy + act > explicitPassage) {
            explicitPassage = anatomy + act;
            explicitLine = line;
        }
        double sexual = windowSum(CueCategory.SEX_REFERENCE) + windowSum(CueCategory.FADE)
                + (anatomy + act) / 2;
        if (sexual > sexualPassage) {
            sexualPassage = sexual;
            sexualLine = line;
        }
        double gore = windowSum(CueCategory.GORE);
        if (gore > gorePassage) {
            gorePassage = gore;
            goreLine = line;
        }
        if (underageLine == 0 && windowSum(CueCategory.MINOR) > 0 && anatomy > 0 && act > 0) {
            underageLine = line;
        }
    }

    private double windowSum(CueCategory category) {
        double sum = 0;
        for (double[] sums : window) {
            sum += sums[category.ordinal()];
        }
        return sum;
    }

    /**
     * The explicit acts and anatomy of the paragraph read last: their weights and first phrases,
     * as a scan of that paragraph alone would give them.
     */
    ParagraphSex lastParagraphSex() {
        if (paragraphAct == null && paragraphAnatomy == null) {
            return ParagraphSex.NONE; // no act or anatomy cue was recorded, so both weights are 0
        }
        double[] sums = window[windowAt];
        return new ParagraphSex(sums[CueCategory.SEX_ACT.ordinal()], sums[CueCategory.SEX_ANATOMY.ordinal()],
                paragraphAct != null ? paragraphAct : paragraphAnatomy);
    }

    /** The explicit acts and anatomy of one paragraph; {@code first} the first act, else anatomy, phrase. */
    record ParagraphSex(double act, double anatomy, @Nullable String first) {
        static final ParagraphSex NONE = new ParagraphSex(0, 0, null);
    }

    void resetWindow() {
        for (double[] sums : window) {
            Arrays.fill(sums, 0);
        }
    }

    ContentScan result() {
        List<List<String>> frozen = new ArrayList<>();
        for (List<String> found : evidence) {
            frozen.add(List.copyOf(found));
        }
        return new ContentScan(totals.clone(), counts.clone(), List.copyOf(frozen), words, explicitPassage,
                explicitLine, sexualPassage, sexualLine, gorePassage, goreLine, underageLine);
    }
}
