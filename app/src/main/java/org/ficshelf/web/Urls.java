package org.ficshelf.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.ficshelf.search.TagType;

/**
 * The addresses of the reader's pages (the URL scheme of the web plan), built in one place so
 * that templates never concatenate a value into a link themselves.
 */
public final class Urls {
    private static final char[] HEX = "0123456789ABCDEF".toCharArray();

    private Urls() {
    }

    public static String work(long id) {
        return "/works/" + id;
    }

    /** Chapter {@code n}, 1-based. */
    public static String chapter(long id, int n) {
        return "/works/" + id + "/chapters/" + n;
    }

    public static String full(long id) {
        return "/works/" + id + "/full";
    }

    public static String download(long id, String format) {
        return "/works/" + id + "/download/" + format;
    }

    /** The page of works tagged {@code name}; a slash in a name stays a slash (the route takes it). */
    public static String tag(TagType type, String name) {
        return "/tags/" + type.key() + "/" + pathEncode(name);
    }

    /** {@link #tag(TagType, String)} by the type's key ({@code fandom}). */
    public static String tag(String typeKey, String name) {
        return tag(TagType.fromKey(typeKey), name);
    }

    public static String fandom(String name) {
        return tag(TagType.FANDOM, name);
    }

    /** {@code /search} with the parameters (name, value) in order. */
    public static String search(List<Map.Entry<String, String>> params) {
        return "/search" + query(params);
    }

    /** A query string ({@code ?a=b&c=d}, empty when there are no parameters). */
    static String query(List<Map.Entry<String, String>> params) {
        if (params.isEmpty()) {
            return "";
        }
        StringBuilder out = new StringBuilder("?");
        for (Map.Entry<String, String> p : params) {
            if (out.length() > 1) {
                out.append('&');
            }
            out.append(URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8)).append('=')
                    .append(URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8));
        }
        return out.toString();
    }

    /**
     * Percent-encodes a path segment's UTF-8 bytes except unreserved characters and {@code /};
     * {@code .} is encoded too, so that a name never forms a dot segment a browser would resolve.
     */
    static String pathEncode(String s) {
        StringBuilder out = new StringBuilder(s.length() + 16);
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            if (c < 0x80 && (Character.isLetterOrDigit(c) || c == '-' || c == '_' || c == '~' || c == '/')) {
                out.append((char) c);
            } else {
                out.append('%').append(HEX[c >> 4]).append(HEX[c & 0xf]);
            }
        }
        return out.toString();
    }

    /** The label of a tag type for headings ({@code Additional Tags} for freeform). */
    public static String typeLabel(TagType type) {
        return switch (type) {
            case FANDOM -> "Fandom";
            case CHARACTER -> "Character";
            case RELATIONSHIP -> "Relationship";
            case FREEFORM -> "Additional Tag";
            case RATING -> "Rating";
            case WARNING -> "Archive Warning";
            case CATEGORY -> "Category";
        };
    }

    /** The plural label of a tag type for the search sidebar. */
    public static String typePlural(TagType type) {
        return switch (type) {
            case FANDOM -> "Fandoms";
            case CHARACTER -> "Characters";
            case RELATIONSHIP -> "Relationships";
            case FREEFORM -> "Additional Tags";
            case RATING -> "Ratings";
            case WARNING -> "Warnings";
            case CATEGORY -> "Categories";
        };
    }

    /** A CSS-safe token of a value ({@code Teen And Up Audiences} → {@code teen-and-up-audiences}). */
    public static String token(String value) {
        StringBuilder out = new StringBuilder();
        for (char c : value.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                out.append(c);
            } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
                out.append('-');
            }
        }
        return out.toString();
    }
}
