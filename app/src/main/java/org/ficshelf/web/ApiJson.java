package org.ficshelf.web;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.ficshelf.WorkJson;
import org.ficshelf.WorkRecord;
import org.ficshelf.catalog.StoredWork;
import org.ficshelf.search.SearchResult;
import org.ficshelf.search.TagType;
import org.jspecify.annotations.Nullable;

/** The API's JSON documents: a search hit, a result's facets, a work record with its id. */
final class ApiJson {
    private static final ObjectMapper MAPPER = WorkJson.mapper();

    private ApiJson() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A hit, with the catalog's record when there is one (the index holds only what it searches
     * on), and the snippets' matched stretches as {@code [start, end]} UTF-16 offsets.
     */
    static ObjectNode hit(SearchResult.Hit hit, @Nullable StoredWork stored) {
        ObjectNode n = object();
        n.put("id", hit.id());
        @Nullable
        WorkRecord r = stored == null ? null : stored.record();
        n.put("title", r != null ? r.title() : hit.title());
        strings(n, "authors", r != null ? r.authors() : hit.authors());
        n.put("rating", r == null ? null : r.rating());
        strings(n, "warnings", r == null ? List.of() : r.warnings());
        strings(n, "categories", r == null ? List.of() : r.categories());
        strings(n, "fandoms", r == null ? List.of() : r.fandoms());
        strings(n, "relationships", r == null ? List.of() : r.relationships());
        strings(n, "characters", r == null ? List.of() : r.characters());
        strings(n, "freeforms", r == null ? List.of() : r.tags());
        n.put("language", r == null ? null : r.language());
        if (r == null) {
            n.putNull("words");
            n.putNull("chapters");
        } else {
            n.put("words", r.words());
            n.put("chapters", r.chapters().size());
        }
        n.put("complete", r == null ? null : r.complete());
        n.put("summary", r == null ? null : r.summary());
        n.put("added", stored == null ? null : stored.added());
        n.put("score", hit.score());
        ArrayNode snippets = n.putArray("snippets");
        for (SearchResult.Snippet s : hit.snippets()) {
            ObjectNode sn = snippets.addObject();
            sn.put("text", s.text());
            ArrayNode marks = sn.putArray("highlights");
            for (SearchResult.Mark m : s.marks()) {
                marks.addArray().add(m.start()).add(m.end());
            }
        }
        n.set("links", links(hit.id()));
        return n;
    }

    /** Each faceted tag type's values with their counts, most frequent first. */
    static ObjectNode facets(Map<TagType, List<SearchResult.FacetCount>> facets) {
        ObjectNode n = object();
        for (TagType type : TagType.values()) {
            List<SearchResult.FacetCount> counts = facets.get(type);
            if (counts == null) {
                continue;
            }
            ArrayNode values = n.putArray(type.key());
            for (SearchResult.FacetCount c : counts) {
                values.addObject().put("value", c.value()).put("count", c.count());
            }
        }
        return n;
    }

    /** The work record as the spec's contract gives it, preceded by its id, followed by when it was added. */
    static ObjectNode work(StoredWork stored) {
        ObjectNode n = object();
        n.put("id", stored.id());
        ObjectNode record = MAPPER.valueToTree(stored.record());
        n.setAll(record);
        n.put("added", stored.added());
        n.set("links", links(stored.id()));
        return n;
    }

    /** Where a work's API record, page and downloads are. */
    private static ObjectNode links(long id) {
        ObjectNode links = object();
        links.put("self", "/api/works/" + id);
        links.put("html", "/works/" + id);
        links.put("epub", "/works/" + id + "/download/epub");
        links.put("txt", "/works/" + id + "/download/txt");
        links.put("original", "/works/" + id + "/download/original");
        return links;
    }

    private static void strings(ObjectNode n, String name, List<String> values) {
        ArrayNode a = n.putArray(name);
        values.forEach(a::add);
    }

    static byte[] bytes(ObjectNode n) {
        try {
            return MAPPER.writeValueAsBytes(n);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            // A tree of strings and numbers always serialises; this would be a bug.
            throw new IllegalStateException("JSON tree did not serialise", e);
        }
    }
}
