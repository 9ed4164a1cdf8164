package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.ficshelf.ProblemList;
import org.ficshelf.doc.TextLine;
import org.jspecify.annotations.Nullable;

/**
 * Reads the front matter at the top of a text and finds where the story begins.
 *
 * <p>The top of the text is cut into paragraphs and separator rows. Keyed blocks, bylines,
 * legends and separators are <em>anchors</em>: they are front matter for sure. Prose between
 * them is held as pending; it joins the front matter (as notes, prose cues, a title or a
 * summary) when an anchor follows, and the story starts at the first paragraph that cannot be
 * front matter (dialogue, long narrative, a chapter heading). Only a bounded window at the top
 * is examined, so the cost is linear in the text.
 */
final class HeaderParser {
    private static final int MAX_UNITS = 80;
    private static final int MAX_LINES = 600;
    private static final int PENDING_UNITS = 6;
    private static final int PENDING_WORDS = 320;
    private static final int SHORT_UNIT_WORDS = 25;
    private static final int SUMMARY_WORDS = 80;
    private static final Pattern NAME_LINE = Pattern.compile(
            "^\\s*\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){1,3}\\s*$");

    /** Keys whose value is one line: a following "Label : value" line is not its continuation. */
    private static final java.util.Set<String> ONE_LINE_KEYS = java.util.Set.of("title", "author", "rating",
            "fandom", "category", "pairings", "characters", "part", "words");
    /** A line shaped like an unknown key: one to three capitalised words, then a colon and a value. */
    private static final Pattern UNKNOWN_KEY = Pattern
            .compile("^\\s*\\p{Lu}[\\p{L}'’]{0,20}(?:[ -][\\p{L}'’]{1,20}){0,2}\\s?[:：]\\s*\\S");

    private final List<TextLine> source;
    private final List<HeaderUnits.Unit> units;
    private final HeaderBuilder b;
    private final List<HeaderUnits.Unit> pending = new ArrayList<>();
    private int bodyStart;
    private boolean anchor;
    private boolean anyFront;

    private HeaderParser(List<TextLine> source, List<HeaderUnits.Unit> units, int start,
            ProblemList problems) {
        this.source = source;
        this.units = units;
        this.bodyStart = start;
        this.b = new HeaderBuilder(problems);
    }

    /** The front matter of these lines; never throws on text. */
    static FrontMatter parse(List<TextLine> lines, ProblemList problems) {
        HeaderMail.Block mail = HeaderMail.skip(lines);
        int start = mail == null ? 0 : mail.end();
        List<HeaderUnits.Unit> units = HeaderUnits.split(lines, start, MAX_UNITS, MAX_LINES);
        HeaderParser p = new HeaderParser(lines, units, start, problems);
        p.walk();
        if (p.bodyStart >= lines.size() && p.anyFront && lines.size() > 0) {
            problems.add(lines.size(), 1, "unterminated-header",
                    "the front matter runs to the end of the text");
        }
        return p.b.build(p.bodyStart, mail == null ? null : mail.subject(),
                mail == null ? null : mail.from());
    }

    private void walk() {
        int k = 0;
        while (k < units.size()) {
            HeaderUnits.Unit u = units.get(k);
            int consumed = step(u, k);
            if (consumed == 0) {
                break;
            }
            k += consumed;
        }
        finish(k < units.size() ? units.get(k) : null);
    }

    /** Handles unit {@code k}; returns how many units it consumed, 0 when the story starts there. */
    private int step(HeaderUnits.Unit u, int k) {
        if (u.separator()) {
            if (!anchor && pending.isEmpty()) {
                bodyStart = u.to(); // decoration before anything else
                return 1;
            }
            if (pendingIsStory()) {
                pending.clear();
                return 0; // a scene break: the prose after the keyed block was the story
            }
            confirmPending();
            bodyStart = u.to();
            anchor = true;
            return 1;
        }
        if (Title.isHeading(u.first()) && Keys.match(u.first()) == null) {
            return 0;
        }
        if (isKeyed(u)) {
            confirmPending();
            keyed(u);
            return anchored(u, 1);
        }
        if (isLegend(u)) {
            confirmPending();
            for (String line : u.lines()) {
                Footnote f = Legend.numbered(line);
                if (f != null) {
                    b.footnote(f);
                }
            }
            return anchored(u, 1);
        }
        int byline = byline(u, k);
        if (byline > 0) {
            return anchored(units.get(k + byline - 1), byline);
        }
        if (!couldBeFront(u) || pendingWords() + u.words() > PENDING_WORDS
                || pending.size() >= PENDING_UNITS) {
            return 0;
        }
        pending.add(u);
        return 1;
    }

    /**
     * True when the prose held after a keyed block can only be story: no intro words, no
     * cues, no title, and no summary slot left for it to fill.
     */
    private boolean pendingIsStory() {
        if (!anchor || pending.isEmpty() || !b.hasSummary() && pending.size() < 2) {
            return false;
        }
        for (HeaderUnits.Unit p : pending) {
            if (isIntro(p) || Title.looksLikeTitle(p.lines()) || !HeaderCues.find(p.lines()).isEmpty()) {
                return false;
            }
        }
        return true;
    }

    private int anchored(HeaderUnits.Unit last, int consumed) {
        bodyStart = last.to();
        anchor = true;
        anyFront = true;
        return consumed;
    }

    private static boolean isKeyed(HeaderUnits.Unit u) {
        int n = Math.min(3, u.lines().size());
        for (int i = 0; i < n; i++) {
            if (Keys.match(u.lines().get(i)) != null) {
                return true;
            }
        }
        return false;
    }

    private static boolean isLegend(HeaderUnits.Unit u) {
        for (String line : u.lines()) {
            if (Legend.numbered(line) == null) {
                return false;
            }
        }
        return u.lines().size() >= 2 || u.first().strip().startsWith("(")
                || u.first().strip().startsWith("[");
    }

    /** Reads a keyed block line by line: keys, continuations, bylines, prose cues, legend lines. */
    private void keyed(HeaderUnits.Unit u) {
        HeaderEntry current = null;
        for (int i = 0; i < u.lines().size(); i++) {
            String line = u.lines().get(i);
            int number = source.get(u.from() + i).number();
            Keys.Match m = Keys.match(line);
            if (m != null) {
                HeaderEntry.close(current, b);
                current = new HeaderEntry(m, number, HeaderText.squash(line));
                continue;
            }
            if (current != null && current.key().equals("footnotes")) {
                Footnote f = Legend.any(line);
                if (f != null) {
                    b.footnote(f);
                    continue;
                }
            }
            HeaderCues.Cue cue = HeaderText.words(line) <= 8 ? wholeLineCue(line) : null;
            if (cue != null && (current == null || !cue.key().equals(current.key()))) {
                HeaderEntry.close(current, b);
                current = null;
                b.stateIfAbsent(cue.key(), cue.value());
                continue;
            }
            if (current != null && ONE_LINE_KEYS.contains(current.key()) && current.hasValue()
                    && UNKNOWN_KEY.matcher(line).find()) {
                HeaderEntry.close(current, b);
                current = null;
                b.note(HeaderText.squash(line));
                continue;
            }
            Byline.Found by = current == null ? Byline.find(line) : null;
            if (by != null) {
                bylineFound(by, number, line);
            } else if (current != null) {
                current.add(line);
            } else {
                b.note(line);
            }
        }
        HeaderEntry.close(current, b);
    }

    private static HeaderCues.@Nullable Cue wholeLineCue(String line) {
        for (HeaderCues.Cue c : HeaderCues.find(List.of(line))) {
            if (c.whole()) {
                return c;
            }
        }
        return null;
    }

    /**
     * Finds a byline in unit {@code k} (or a bare "by" line with the name on the next line or
     * unit), with the title on the lines before it or in the pending paragraph before; returns
     * the units consumed, 0 when there is no byline.
     */
    private int byline(HeaderUnits.Unit u, int k) {
        List<String> lines = u.lines();
        int limit = Math.min(4, lines.size());
        for (int j = 0; j < limit; j++) {
            String line = lines.get(j);
            Byline.Found found = Byline.find(line);
            int consumed = 1;
            int after = j + 1;
            if (found == null && Byline.isBareBy(line)) {
                String next = j + 1 < lines.size()
                        ? lines.get(j + 1)
                        : k + 1 < units.size() && !units.get(k + 1).separator()
                                ? units.get(k + 1).first()
                                : null;
                if (next != null && HeaderText.words(next) <= 8
                        && Character.isLetter(next.strip().codePointAt(0))) {
                    found = new Byline.Found(next.strip(), null);
                    consumed = j + 1 < lines.size() ? 1 : 2;
                    after = j + 2;
                }
            }
            if (found == null) {
                continue;
            }
            int number = source.get(u.from() + j).number();
            String bylineTitle = titleBefore(lines.subList(0, j));
            if (found.title() == null && bylineTitle != null) {
                found = new Byline.Found(found.authors(), bylineTitle);
            } else if (found.title() == null && j == 0 && !pending.isEmpty()
                    && Title.looksLikeTitle(pending.get(pending.size() - 1).lines())) {
                HeaderUnits.Unit t = pending.remove(pending.size() - 1);
                b.title(t.text(), HeaderBuilder.TITLE_BY_BYLINE, inferred(0.8, t));
            }
            bylineFound(found, number, line);
            confirmPending();
            if (consumed == 1 && after < lines.size()) {
                List<String> rest = lines.subList(after, lines.size());
                if (HeaderText.words(HeaderText.join(rest)) > 6) {
                    prose(rest, false);
                }
            }
            return consumed;
        }
        return 0;
    }

    /** The title on the lines of a byline's paragraph before the byline, genre lines skipped. */
    private static @Nullable String titleBefore(List<String> before) {
        List<String> kept = new ArrayList<>();
        for (String line : before) {
            if (!Byline.isGenreLine(line)) {
                kept.add(line);
            }
        }
        return !kept.isEmpty() && Title.looksLikeTitle(kept) ? HeaderText.join(kept) : null;
    }

    private void bylineFound(Byline.Found by, int number, String line) {
        b.authors(Byline.authors(by.authors()), FieldInfo.stated(0.9, List.of("line " + number + ": "
                + HeaderText.squash(line))));
        if (by.title() != null) {
            b.title(by.title(), HeaderBuilder.TITLE_BY_BYLINE,
                    FieldInfo.inferred(0.8, List.of("line " + number + ": " + HeaderText.squash(line))));
        }
        anyFront = true;
    }

    /** Pending prose joins the front matter: a marked title, a teaser summary, cues and notes. */
    private void confirmPending() {
        boolean first = true;
        for (HeaderUnits.Unit u : pending) {
            frontUnit(u, first);
            first = false;
            bodyStart = Math.max(bodyStart, u.to());
        }
        pending.clear();
    }

    private void frontUnit(HeaderUnits.Unit u, boolean firstPending) {
        anyFront = true;
        if (Title.looksLikeTitle(u.lines())) {
            int rank = titleRank(u, firstPending);
            if (rank > 0 && titleUnit(u, rank)) {
                return;
            }
        }
        if (anchor && firstPending && !b.hasSummary() && !isIntro(u) && u.words() <= SUMMARY_WORDS
                && HeaderCues.find(u.lines()).isEmpty()) {
            b.summary(u.text(), inferred(0.6, u));
            return;
        }
        prose(u.lines(), true);
    }

    /** 2 for a marked title, 1 for the first line of the text, 0 when the unit cannot be a title here. */
    private int titleRank(HeaderUnits.Unit u, boolean firstPending) {
        if (Title.isMarked(u.lines(), storyIndent(u))) {
            return HeaderBuilder.TITLE_MARKED;
        }
        return !anchor && !anyFront && firstPending ? HeaderBuilder.TITLE_FIRST_LINE : 0;
    }

    /** Takes a title paragraph; a second line that reads as a person's name is its author. */
    private boolean titleUnit(HeaderUnits.Unit u, int rank) {
        List<String> lines = u.lines();
        if (lines.size() == 2 && NAME_LINE.matcher(lines.get(1)).matches()
                && !lines.get(1).equals(lines.get(1).toUpperCase(java.util.Locale.ROOT))) {
            boolean took = b.title(lines.get(0), rank, inferred(0.6, u));
            b.authors(Byline.authors(lines.get(1)), FieldInfo.inferred(0.5,
                    List.of("line " + source.get(u.from() + 1).number() + ": " + lines.get(1).strip())));
            return took;
        }
        return b.title(u.text(), rank, inferred(rank == HeaderBuilder.TITLE_MARKED ? 0.7 : 0.6, u));
    }

    /** Prose of the front matter: its cues become stated values, the rest a note. */
    private void prose(List<String> lines, boolean asNote) {
        boolean whole = false;
        for (HeaderCues.Cue c : HeaderCues.find(lines)) {
            b.stateIfAbsent(c.key(), c.value());
            whole |= c.whole();
        }
        if (asNote && !whole) {
            b.note(HeaderText.join(lines));
        }
    }

    /** At the story's start: a lone title and a summary paragraph may still sit in the pending prose. */
    private void finish(HeaderUnits.@Nullable Unit next) {
        int t = -1;
        for (int i = pending.size() - 1; i >= 0 && t < 0; i--) {
            HeaderUnits.Unit u = pending.get(i);
            if (Title.looksLikeTitle(u.lines()) && titleRank(u, i == 0) > b.titleRank()) {
                t = i;
            }
        }
        List<HeaderUnits.Unit> rest = pending;
        if (t >= 0) {
            List<HeaderUnits.Unit> before = new ArrayList<>(pending.subList(0, t));
            HeaderUnits.Unit title = pending.get(t);
            rest = new ArrayList<>(pending.subList(t + 1, pending.size()));
            pending.clear();
            pending.addAll(before);
            confirmPending();
            titleUnit(title, titleRank(title, t == 0));
            anyFront = true;
            anchor = true;
            bodyStart = title.to();
        } else {
            rest = new ArrayList<>(pending);
        }
        pending.clear();
        if (!anchor || rest.isEmpty()) {
            return;
        }
        HeaderUnits.Unit first = rest.get(0);
        HeaderUnits.Unit after = rest.size() > 1 ? rest.get(1) : next;
        int afterGap = after == null ? 0 : after.blanksAfter();
        if (!b.hasSummary() && !isIntro(first) && first.words() <= SUMMARY_WORDS && first.blanksAfter() >= 2
                && first.blanksAfter() > afterGap) {
            b.summary(first.text(), inferred(0.5, first));
            bodyStart = first.to();
            return;
        }
        int words = 0;
        for (HeaderUnits.Unit u : rest) {
            if (!isIntro(u)) {
                return;
            }
            words += u.words();
        }
        if (words <= 150) {
            pending.addAll(rest);
            confirmPending();
        }
    }

    private int pendingWords() {
        int n = 0;
        for (HeaderUnits.Unit u : pending) {
            n += u.words();
        }
        return n;
    }

    /** False for dialogue, long narrative and headings: the story has begun. */
    private static boolean couldBeFront(HeaderUnits.Unit u) {
        String first = u.first().strip();
        boolean dialogue = !first.isEmpty() && "\"“'‘«»„".indexOf(first.charAt(0)) >= 0
                && !Title.looksLikeTitle(u.lines());
        if (dialogue || u.words() > 200) {
            return false;
        }
        return isIntro(u) || u.words() <= SHORT_UNIT_WORDS || Title.looksLikeTitle(u.lines());
    }

    private static boolean isIntro(HeaderUnits.Unit u) {
        String text = u.text();
        return text.length() <= 4000 && IntroCues.find(text);
    }

    /** Indent of the text after a unit, to tell a centered title from an indented story. */
    private int storyIndent(HeaderUnits.Unit u) {
        for (int i = u.to(); i < source.size() && i < u.to() + 20; i++) {
            if (!source.get(i).isBlank()) {
                return HeaderText.indent(source.get(i).text());
            }
        }
        return 0;
    }

    private FieldInfo inferred(double confidence, HeaderUnits.Unit u) {
        return FieldInfo.inferred(confidence,
                List.of("line " + source.get(u.from()).number() + ": " + u.text()));
    }
}
