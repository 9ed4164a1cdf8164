package org.ficshelf.web;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.ficshelf.Archive;
import org.ficshelf.WorkRecord;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchResult;
import org.jspecify.annotations.Nullable;

/**
 * One work as a list entry (AO3's "blurb"): its record and, for a search, the passages of story
 * text that matched, cut into plain and marked pieces so that the template escapes every piece.
 */
public record Blurb(long id, WorkRecord record, List<List<Piece>> snippets) {

    public Blurb {
        snippets = List.copyOf(snippets);
    }

    /** A stretch of snippet text, marked when it matched the query. */
    public record Piece(String text, boolean marked) {
    }

    /** The blurbs of a page of hits, in order; a hit the catalog no longer has is left out. */
    static List<Blurb> of(Archive archive, List<SearchResult.Hit> hits) throws IOException {
        List<Blurb> out = new ArrayList<>(hits.size());
        for (SearchResult.Hit hit : hits) {
            Optional<StoredWork> work = archive.work(hit.id());
            if (work.isPresent()) {
                List<List<Piece>> snippets = hit.snippets().stream().map(Blurb::pieces).toList();
                out.add(new Blurb(hit.id(), work.get().record(), snippets));
            }
        }
        return out;
    }

    static List<Piece> pieces(SearchResult.Snippet snippet) {
        List<Piece> out = new ArrayList<>();
        String text = snippet.text();
        int at = 0;
        for (SearchResult.Mark m : snippet.marks()) {
            if (m.start() < at) {
                continue; // overlapping marks: the first one wins
            }
            if (m.start() > at) {
                out.add(new Piece(text.substring(at, m.start()), false));
            }
            if (m.end() > m.start()) {
                out.add(new Piece(text.substring(m.start(), m.end()), true));
            }
            at = m.end();
        }
        if (at < text.length()) {
            out.add(new Piece(text.substring(at), false));
        }
        return out;
    }

    public String title() {
        return title(record);
    }

    /** The work's title, or "Untitled" when nothing suggests one. */
    public static String title(WorkRecord r) {
        String t = r.title();
        return t == null || t.isBlank() ? "Untitled" : t;
    }

    /** AO3's chapter count: written / planned, the planned count {@code ?} while unfinished. */
    public static String chapters(WorkRecord r) {
        int n = Math.max(1, r.chapters().size());
        return n + "/" + (Boolean.TRUE.equals(r.complete()) ? String.valueOf(n) : "?");
    }

    /** A count with thousands separators ({@code 12,345}). */
    public static String number(long n) {
        return String.format(Locale.ROOT, "%,d", n);
    }

    /** The record's rating, "Not Rated" when it has none. */
    public static String rating(WorkRecord r) {
        String rating = r.rating();
        return rating == null || rating.isBlank() ? "Not Rated" : rating;
    }

    /** "Complete", "In progress" or "Unknown" for a record's completeness. */
    public static String completeness(@Nullable Boolean complete) {
        if (complete == null) {
            return "Unknown";
        }
        return complete ? "Complete" : "In progress";
    }
}
