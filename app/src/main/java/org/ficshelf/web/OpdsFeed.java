package org.ficshelf.web;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import org.ficshelf.WorkRecord;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/**
 * One OPDS 1.2 catalog feed (an Atom feed): the feed's header and links, navigation entries
 * (links to other feeds) and acquisition entries (a work with its EPUB, HTML and TXT downloads).
 * Every href is an absolute path, resolved by the client against the feed's own URL.
 */
final class OpdsFeed {
    static final String NAVIGATION = "application/atom+xml;profile=opds-catalog;kind=navigation";
    static final String ACQUISITION = "application/atom+xml;profile=opds-catalog;kind=acquisition";
    static final String OPENSEARCH_TYPE = "application/opensearchdescription+xml";
    static final String ACQUIRE = "http://opds-spec.org/acquisition";
    static final String SORT_NEW = "http://opds-spec.org/sort/new";
    static final String SUBSECTION = "subsection";
    /** Where a work's tags are classified: one scheme per tag type. */
    static final String TAG_SCHEME = "urn:ficshelf:tags:";

    private final AtomWriter out;
    private final String kind;

    private OpdsFeed(String kind) {
        this.kind = kind;
        this.out = new AtomWriter("feed", AtomWriter.ATOM)
                .namespace("opds", AtomWriter.OPDS)
                .namespace("dc", AtomWriter.DC)
                .namespace("opensearch", AtomWriter.OPENSEARCH)
                .namespace("thr", AtomWriter.THREAD);
    }

    /**
     * A feed's header: its id (a URN of the feed's own), title, time of last change, the site as
     * author, and the links every catalog feed has (self, start, search).
     */
    static OpdsFeed start(String kind, String id, String title, Instant updated, String self,
            String siteName) {
        OpdsFeed f = new OpdsFeed(kind);
        f.out.element("id", id).element("title", title).element("updated", time(updated));
        f.out.start("author").element("name", siteName).element("uri", "/").end();
        f.out.link("self", self, kind);
        f.out.link("start", "/opds", NAVIGATION);
        f.out.link("search", "/opds/opensearch.xml", OPENSEARCH_TYPE);
        return f;
    }

    String kind() {
        return kind;
    }

    /** A feed-level link (up, first, next). */
    OpdsFeed link(String rel, String href, String type) {
        out.link(rel, href, type);
        return this;
    }

    /** OpenSearch's paging counts for an acquisition feed. */
    OpdsFeed counts(long total, int perPage) {
        out.element("opensearch", AtomWriter.OPENSEARCH, "totalResults", Long.toString(total));
        out.element("opensearch", AtomWriter.OPENSEARCH, "itemsPerPage", Integer.toString(perPage));
        return this;
    }

    /**
     * An entry leading to another feed: {@code rel} is {@code subsection} or an OPDS sort
     * relation; {@code count} (when not negative) is how many works the feed holds.
     */
    OpdsFeed navigation(String id, String title, Instant updated, String rel, String href, String type,
            String content, long count) {
        out.start("entry").element("id", id).element("title", title).element("updated", time(updated));
        out.start("link").attr("rel", rel).attr("href", href).attr("type", type);
        if (count >= 0) {
            out.attr("thr", AtomWriter.THREAD, "count", Long.toString(count));
        }
        out.end();
        out.start("content").attr("type", "text").text(content).end();
        out.end();
        return this;
    }

    /** An acquisition entry for a work. */
    OpdsFeed work(StoredWork w) {
        WorkRecord r = w.record();
        long id = w.id();
        String base = "/works/" + id;
        out.start("entry").element("id", workId(id));
        out.element("title", r.title() == null || r.title().isBlank() ? "Untitled" : r.title());
        for (String a : r.authors()) {
            out.start("author").element("name", a).end();
        }
        out.element("updated", time(added(w)));
        if (r.language() != null) {
            out.element("dc", AtomWriter.DC, "language", r.language());
        }
        if (r.summary() != null && !r.summary().isBlank()) {
            out.start("summary").attr("type", "text").text(r.summary()).end();
        }
        out.start("content").attr("type", "text").text(facts(r)).end();
        categories(r);
        // An e-reader app cannot pass the web's adult interstitial: the feed states the rating
        // (a category above) and its acquisition links say the reader chose to see the work.
        String gate = AdultGate.adult(r) ? "?view_adult=true" : "";
        out.link(ACQUIRE, base + "/download/epub" + gate, "application/epub+zip");
        out.link(ACQUIRE, base + "/download/html" + gate, "text/html");
        out.link(ACQUIRE, base + "/download/txt" + gate, "text/plain");
        out.link("alternate", base, "text/html");
        out.link("alternate", "/api/works/" + id, "application/json");
        out.end();
        return this;
    }

    private void categories(WorkRecord r) {
        category(TagType.RATING, r.rating() == null ? List.of() : List.of(r.rating()));
        category(TagType.WARNING, r.warnings());
        category(TagType.CATEGORY, r.categories());
        category(TagType.FANDOM, r.fandoms());
        category(TagType.RELATIONSHIP, r.relationships());
        category(TagType.CHARACTER, r.characters());
        category(TagType.FREEFORM, r.tags());
    }

    private void category(TagType type, List<String> values) {
        for (String v : values) {
            out.start("category").attr("scheme", TAG_SCHEME + type.key()).attr("term", v).attr("label", v)
                    .end();
        }
    }

    /** The line of facts under a work: rating, words, chapters, whether complete. */
    private static String facts(WorkRecord r) {
        StringBuilder s = new StringBuilder();
        if (r.rating() != null) {
            s.append(r.rating()).append(" · ");
        }
        s.append(String.format(Locale.ROOT, "%,d words", r.words()));
        int chapters = r.chapters().size();
        s.append(" · ").append(chapters).append(chapters == 1 ? " chapter" : " chapters");
        if (r.complete() != null) {
            s.append(r.complete() ? " · complete" : " · in progress");
        }
        return s.toString();
    }

    byte[] finish() {
        return out.finish();
    }

    /** The stable id of a work's entry. */
    static String workId(long id) {
        return "urn:ficshelf:work:" + id;
    }

    /** When a work was added, or the epoch if the catalog's timestamp does not read. */
    static Instant added(StoredWork w) {
        return parseTime(w.added());
    }

    static Instant parseTime(@Nullable String text) {
        if (text == null) {
            return Instant.EPOCH;
        }
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            return Instant.EPOCH;
        }
    }

    /** An RFC 3339 timestamp, to the second. */
    static String time(Instant t) {
        return t.truncatedTo(ChronoUnit.SECONDS).toString();
    }
}
