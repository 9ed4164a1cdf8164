package org.ficshelf.web;

import java.util.List;
import org.ficshelf.WorkRecord;
import org.jspecify.annotations.Nullable;

/**
 * What the work page shows: the record and its metadata rows, the chapter index, the chapter
 * shown (1-based; 0 for the entire work), the story HTML BodyHtml built (escaped there, so the
 * template passes it through), the neighbouring chapters and the work's language as an HTML
 * lang value (null when unknown).
 */
public record WorkView(long id, WorkRecord record, List<MetaRow> meta, List<ChapterLink> chapters,
        int current, String body, @Nullable String prev, @Nullable String next, @Nullable String lang) {
    public WorkView {
        meta = List.copyOf(meta);
        chapters = List.copyOf(chapters);
    }

    public String title() {
        return Blurb.title(record);
    }

    /** Whether the work has more than one chapter (and so chapter navigation). */
    public boolean chaptered() {
        return chapters.size() > 1;
    }

    /** A chapter in the index: its number, heading and address. */
    public record ChapterLink(int n, String title, String href) {
    }
}
