package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.ficshelf.ProblemList;
import org.jspecify.annotations.Nullable;

/** Collects what the front matter states while {@link HeaderParser} walks it; first statement wins. */
final class HeaderBuilder {
    /** How strongly a title was marked: a key outranks a byline's line, which outranks layout. */
    static final int TITLE_KEYED = 4;
    static final int TITLE_BY_BYLINE = 3;
    static final int TITLE_MARKED = 2;
    static final int TITLE_FIRST_LINE = 1;

    private static final int MAX_TITLE = 300;

    private final ProblemList problems;
    private @Nullable String title;
    private int titleRank;
    private final List<String> authors = new ArrayList<>();
    private @Nullable String summary;
    private final Map<String, String> stated = new LinkedHashMap<>();
    private final List<String> notes = new ArrayList<>();
    private final List<Footnote> footnotes = new ArrayList<>();
    private final Map<String, FieldInfo> fields = new LinkedHashMap<>();

    HeaderBuilder(ProblemList problems) {
        this.problems = problems;
    }

    /** Sets the title when {@code rank} beats the title found so far. */
    boolean title(String raw, int rank, FieldInfo info) {
        if (raw.length() > MAX_TITLE) {
            return false;
        }
        String t = Title.clean(raw);
        if (t.isEmpty() || rank <= titleRank) {
            return false;
        }
        title = t;
        titleRank = rank;
        fields.put("title", info);
        return true;
    }

    boolean hasTitle() {
        return title != null;
    }

    int titleRank() {
        return titleRank;
    }

    /** Sets the authors unless some were already found. */
    void authors(List<String> names, FieldInfo info) {
        if (authors.isEmpty() && !names.isEmpty()) {
            authors.addAll(names);
            fields.put("authors", info);
        }
    }

    boolean hasAuthors() {
        return !authors.isEmpty();
    }

    void summary(String text, FieldInfo info) {
        String s = HeaderText.squash(text);
        if (summary == null && !s.isEmpty()) {
            summary = s;
            fields.put("summary", info);
        }
    }

    boolean hasSummary() {
        return summary != null;
    }

    /** Records a stated value; a second value for the same key is a problem, the first is kept. */
    void state(String key, String value, int line, int column) {
        String v = HeaderText.squash(value);
        if (v.isEmpty()) {
            return;
        }
        if (stated.containsKey(key)) {
            if (!stated.get(key).equals(v)) {
                problems.add(line, column, "duplicate-header-key",
                        "a second '" + key + "' value in the front matter; the first is kept");
            }
            return;
        }
        stated.put(key, v);
    }

    /** Records a value found in prose unless the key was already stated. */
    void stateIfAbsent(String key, String value) {
        String v = HeaderText.squash(value);
        if (!v.isEmpty()) {
            stated.putIfAbsent(key, v);
        }
    }

    boolean hasStated(String key) {
        return stated.containsKey(key);
    }

    void note(String text) {
        String n = HeaderText.squash(text);
        if (!n.isEmpty()) {
            notes.add(n);
        }
    }

    void footnote(Footnote f) {
        footnotes.add(f);
    }

    FrontMatter build(int bodyStart, @Nullable String mailSubject, @Nullable String mailFrom) {
        return new FrontMatter(title, authors, summary, stated, notes, footnotes, fields, bodyStart,
                mailSubject,
                mailFrom);
    }
}
