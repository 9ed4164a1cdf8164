package org.ficshelf.search;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.ficshelf.Work;
import org.ficshelf.WorkRecord;
import org.ficshelf.doc.Block;
import org.ficshelf.doc.Chapter;
import org.ficshelf.doc.Document;
import org.ficshelf.doc.Paragraph;
import org.ficshelf.doc.SceneBreak;
import org.jspecify.annotations.Nullable;

/**
 * What a search backend indexes for one work: its catalog id, the record's searchable and
 * filterable fields, when it was added, and its story text chapter by chapter.
 *
 * @param chapters the plain text of each chapter (its heading first, when it has one)
 */
public record IndexedWork(
        long id,
        @Nullable String title,
        List<String> authors,
        @Nullable String summary,
        List<String> notes,
        List<String> fandoms,
        List<String> characters,
        List<String> relationships,
        List<String> freeforms,
        @Nullable String rating,
        List<String> warnings,
        List<String> categories,
        @Nullable String language,
        int words,
        @Nullable Boolean complete,
        Instant added,
        List<String> chapters) {

    public IndexedWork {
        authors = List.copyOf(authors);
        notes = List.copyOf(notes);
        fandoms = List.copyOf(fandoms);
        characters = List.copyOf(characters);
        relationships = List.copyOf(relationships);
        freeforms = List.copyOf(freeforms);
        warnings = List.copyOf(warnings);
        categories = List.copyOf(categories);
        chapters = List.copyOf(chapters);
        Objects.requireNonNull(added, "added");
        if (words < 0) {
            throw new IllegalArgumentException("words must not be negative: " + words);
        }
    }

    /** The indexed form of a parsed work, with the catalog's id and time of adding. */
    public static IndexedWork of(long id, Work work, Instant added) {
        WorkRecord r = work.record();
        return new IndexedWork(id, r.title(), r.authors(), r.summary(), r.notes(), r.fandoms(),
                r.characters(), r.relationships(), r.tags(), r.rating(), r.warnings(), r.categories(),
                r.language(), r.words(), r.complete(), added, chapterTexts(work.body()));
    }

    /** Whether the work spans more than one fandom. */
    public boolean crossover() {
        return fandoms.size() > 1;
    }

    /** The work's tags of one type (its rating as a list of at most one). */
    public List<String> tags(TagType type) {
        return switch (type) {
            case FANDOM -> fandoms;
            case CHARACTER -> characters;
            case RELATIONSHIP -> relationships;
            case FREEFORM -> freeforms;
            case RATING -> rating == null ? List.of() : List.of(rating);
            case WARNING -> warnings;
            case CATEGORY -> categories;
        };
    }

    static List<String> chapterTexts(Document body) {
        List<String> out = new ArrayList<>(body.chapters().size());
        for (Chapter chapter : body.chapters()) {
            out.add(chapterText(chapter));
        }
        return out;
    }

    private static String chapterText(Chapter chapter) {
        StringBuilder out = new StringBuilder();
        if (chapter.title() != null) {
            out.append(chapter.title());
        }
        for (Block block : chapter.blocks()) {
            if (out.length() > 0) {
                out.append("\n\n");
            }
            switch (block) {
                case Paragraph p -> out.append(p.text());
                case SceneBreak b -> out.append("* * *");
            }
        }
        return out.toString();
    }
}
