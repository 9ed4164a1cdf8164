package org.ficshelf.search.lucene;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.SortField;
import org.apache.lucene.util.BytesRef;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchSort;
import org.jspecify.annotations.Nullable;

/**
 * Paging cursors: the sort values of a page's last hit, which end in the work id, so the next
 * page starts right after it even when the index changed in between. Opaque to callers; a
 * cursor made for one sort is refused for another. Under relevance order a refresh between
 * pages may shift scores slightly, so a work near the page boundary can move across it; the
 * other orders are exact.
 */
final class Cursors {
    private static final String VERSION = "c1";
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursors() {
    }

    static String encode(SearchSort sort, FieldDoc last) {
        StringBuilder out = new StringBuilder(VERSION).append('\n').append(sort);
        for (Object v : last.fields) {
            out.append('\n').append(value(v));
        }
        return ENCODER.encodeToString(out.toString().getBytes(StandardCharsets.UTF_8));
    }

    private static String value(@Nullable Object v) {
        return switch (v) {
            case Float f -> "f:" + Integer.toHexString(Float.floatToIntBits(f));
            case Integer i -> "i:" + i;
            case Long l -> "l:" + l;
            case BytesRef b -> "s:" + ENCODER.encodeToString(BytesRef.deepCopyOf(b).bytes);
            case null -> "n";
            default -> throw new IllegalStateException("unexpected sort value " + v.getClass());
        };
    }

    /** The hit a cursor points after, checked against the sort it must have been made for. */
    static FieldDoc decode(String cursor, SearchSort sort, SortField[] fields) {
        String[] lines;
        try {
            lines = new String(DECODER.decode(cursor), StandardCharsets.UTF_8).split("\n", -1);
        } catch (IllegalArgumentException e) {
            throw bad("the paging cursor is malformed");
        }
        if (lines.length != fields.length + 2 || !lines[0].equals(VERSION)) {
            throw bad("the paging cursor is malformed");
        }
        if (!lines[1].equals(sort.toString())) {
            throw bad("the paging cursor was made for sort " + lines[1] + ", not " + sort);
        }
        @Nullable
        Object[] values = new Object[fields.length];
        for (int i = 0; i < fields.length; i++) {
            values[i] = parse(lines[i + 2], fields[i].getType());
        }
        // Ties on every sort value mean the same work: doc MAX_VALUE keeps it out of the next page.
        return new FieldDoc(Integer.MAX_VALUE, Float.NaN, values);
    }

    private static @Nullable Object parse(String line, SortField.Type type) {
        try {
            return switch (type) {
                case SCORE -> Float.intBitsToFloat(Integer.parseUnsignedInt(expect(line, "f:"), 16));
                case INT -> Integer.parseInt(expect(line, "i:"));
                case LONG -> Long.parseLong(expect(line, "l:"));
                case STRING -> line.equals("n") ? null : new BytesRef(DECODER.decode(expect(line, "s:")));
                default -> throw bad("the paging cursor is malformed");
            };
        } catch (IllegalArgumentException e) {
            throw bad("the paging cursor is malformed");
        }
    }

    private static String expect(String line, String prefix) {
        if (!line.startsWith(prefix)) {
            throw new IllegalArgumentException("wrong type");
        }
        return line.substring(prefix.length());
    }

    private static SearchException bad(String message) {
        return new SearchException(SearchException.Reason.BAD_CURSOR, message);
    }
}
