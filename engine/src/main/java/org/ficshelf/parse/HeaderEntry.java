package org.ficshelf.parse;

import java.util.ArrayList;
import java.util.List;
import org.ficshelf.FieldInfo;
import org.ficshelf.Footnote;
import org.jspecify.annotations.Nullable;

/** One keyed value being read: its key line and continuation lines, applied to the builder when closed. */
final class HeaderEntry {
    private static final int MAX_VALUE = 10_000;
    /** Longest value read as a title or author list; longer ones are kept only as stated words. */
    private static final int MAX_NAME_VALUE = 500;

    private final Keys.Match match;
    private final int line;
    private final String evidence;
    private final List<String> lines = new ArrayList<>();

    HeaderEntry(Keys.Match match, int line, String evidence) {
        this.match = match;
        this.line = line;
        this.evidence = evidence;
        if (!match.value().isEmpty()) {
            lines.add(match.value());
        }
    }

    String key() {
        return match.key();
    }

    /** True once the entry holds some value. */
    boolean hasValue() {
        return !lines.isEmpty();
    }

    void add(String continuation) {
        lines.add(continuation);
    }

    /** Applies the entry (if any) to the builder. */
    static void close(@Nullable HeaderEntry e, HeaderBuilder b) {
        if (e != null) {
            e.apply(b);
        }
    }

    private void apply(HeaderBuilder b) {
        String value = HeaderText.join(lines);
        if (value.length() > MAX_VALUE) {
            value = value.substring(0, MAX_VALUE); // a hostile value: keep a bounded prefix
        }
        if (value.isEmpty()) {
            return;
        }
        FieldInfo info = FieldInfo.stated(evidence);
        switch (match.key()) {
            case "notes" -> b.note(value);
            case "footnotes" -> {
                Footnote f = Legend.any(value);
                if (f != null) {
                    b.footnote(f);
                }
            }
            case "title" -> {
                if (value.length() <= MAX_NAME_VALUE) {
                    b.title(value, HeaderBuilder.TITLE_KEYED, info);
                }
                b.state("title", value, line, 1);
            }
            case "author" -> {
                if (value.length() <= MAX_NAME_VALUE) {
                    b.authors(Byline.authors(value), info);
                }
                b.state("author", value, line, 1);
            }
            case "summary" -> {
                b.summary(value, info);
                b.state("summary", value, line, 1);
            }
            default -> b.state(match.key(), value, line, 1);
        }
    }
}
