package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.ficshelf.format.PartNumber;
import org.jspecify.annotations.Nullable;

/**
 * Assembles body units into chapters. A heading opens a chapter unless the current one is
 * still untitled and holds little story yet (a preface, a post's preamble), which it then
 * titles; a further post opens a chapter; a "TBC" followed by another chapter does not count.
 */
final class ChapterAssembly {
    /** Story words a chapter may hold before a heading opens a new one rather than titling it. */
    private static final int ABSORB_WORDS = 150;

    private final BodyParagraphs paragraphs;
    private final List<Chapter> chapters = new ArrayList<>();
    private @Nullable String title;
    private List<Block> blocks = new ArrayList<>();
    /**
     * Story words of the open chapter and since its title, counted only as far as the tests
     * below need ({@code < ABSORB_WORDS}, {@code > 0}, {@code == 0}): a long chapter is not
     * counted word by word here, inference counts it once.
     */
    private int words;
    private int sinceTitle;
    private int number = -1;
    private boolean openedByPost;
    private boolean first = true;
    private String breakMarker = "";
    private boolean pendingBreak;
    private @Nullable EndMatter verdict;
    private int verdictLine;
    private @Nullable PartNumber part;

    ChapterAssembly(BodyParagraphs paragraphs) {
        this.paragraphs = paragraphs;
    }

    /** The units with weak (bare number) headings kept only when they form a 1, 2, 3... sequence. */
    static List<BodyUnit> acceptedHeadings(List<BodyUnit> units) {
        boolean strong = false;
        int expected = 1;
        boolean sequence = true;
        int weak = 0;
        for (BodyUnit u : units) {
            if (u instanceof BodyUnit.Heading h) {
                if (!h.heading().weak()) {
                    strong = true;
                } else {
                    sequence &= h.heading().number() == expected++;
                    weak++;
                }
            }
        }
        boolean keepWeak = !strong && sequence && weak >= 2;
        List<BodyUnit> out = new ArrayList<>(units.size());
        for (BodyUnit u : units) {
            if (u instanceof BodyUnit.Heading h && h.heading().weak() && !keepWeak) {
                continue;
            }
            out.add(u);
        }
        return out;
    }

    /** Adds a unit; an instanceof chain, as a pattern switch dispatches slower on this hot path. */
    void add(BodyUnit unit) {
        if (unit instanceof BodyUnit.Text t) {
            text(t);
        } else if (unit instanceof BodyUnit.Break b) {
            breakAt(b);
        } else if (unit instanceof BodyUnit.Heading h) {
            heading(h.heading());
        } else if (unit instanceof BodyUnit.Post p) {
            post(p);
        } else if (unit instanceof BodyUnit.End e) {
            end(e.end(), e.line());
        }
    }

    private void text(BodyUnit.Text t) {
        Paragraph p = paragraphs.paragraph(t);
        if (p == null) {
            return;
        }
        if (pendingBreak) {
            blocks.add(new SceneBreak(lastMarker(), p.line()));
            pendingBreak = false;
        }
        blocks.add(p);
        int need = words < ABSORB_WORDS ? ABSORB_WORDS - words : sinceTitle == 0 ? 1 : 0;
        if (need > 0) {
            int w = BodyText.words(p.text(), need);
            words += w;
            sinceTitle += w;
        }
    }

    private String lastMarker() {
        return breakMarker;
    }

    private void breakAt(BodyUnit.Break b) {
        if (!blocks.isEmpty()) {
            pendingBreak = true;
            breakMarker = b.marker();
        }
    }

    private void heading(ChapterHeading h) {
        noteParts(h.of() == null ? null : new PartNumber(h.number(), h.of()));
        if (title != null && (sinceTitle == 0 || h.number() > 0 && h.number() == number)) {
            if (sinceTitle == 0) {
                title = title + " / " + h.title();
            }
            return;
        }
        if (title == null && (openedByPost || words < ABSORB_WORDS || first && h.number() <= 1)) {
            title = h.title();
            number = h.number();
            sinceTitle = 0;
            return;
        }
        open(h.title());
        number = h.number();
    }

    private void post(BodyUnit.Post p) {
        if (words > 0) {
            open(null);
            openedByPost = true;
        }
        EndMatter e = BodyLines.subjectEnd(p.subject());
        if (e != null) {
            end(e, p.line());
        }
    }

    private void end(EndMatter e, int line) {
        noteParts(e.part());
        verdict = e;
        verdictLine = line;
    }

    private void noteParts(@Nullable PartNumber p) {
        if (p != null && (part == null || p.part() >= part.part())) {
            part = p;
        }
    }

    private void open(@Nullable String newTitle) {
        close();
        title = newTitle;
        if (verdict != null && !verdict.complete()) {
            verdict = null;
        }
    }

    private void close() {
        if (!blocks.isEmpty() || title != null) {
            chapters.add(new Chapter(title, blocks));
        }
        blocks = new ArrayList<>();
        title = null;
        words = 0;
        sinceTitle = 0;
        pendingBreak = false;
        number = -1;
        openedByPost = false;
        first = chapters.isEmpty();
    }

    List<Chapter> chapters() {
        close();
        if (chapters.isEmpty()) {
            chapters.add(new Chapter(null, List.of()));
        }
        return List.copyOf(chapters);
    }

    Completeness completeness() {
        if (verdict == null) {
            return Completeness.UNKNOWN;
        }
        return new Completeness(verdict.complete(), List.of("line " + verdictLine + ": " + verdict.text()));
    }

    @Nullable
    PartNumber part() {
        return part;
    }
}
