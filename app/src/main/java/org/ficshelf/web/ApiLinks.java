package org.ficshelf.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Links the API and the feed write: a request's own path and parameters with the paging cursor
 * replaced, path segments escaped; absolute-path hrefs, so that no link trusts a client header.
 */
final class ApiLinks {
    /** A Host header fit to build an absolute URL from: a name or address and an optional port. */
    private static final Pattern SAFE_HOST = Pattern
            .compile(
                    "(?:[A-Za-z0-9](?:[A-Za-z0-9.-]{0,251}[A-Za-z0-9])?|\\[[0-9A-Fa-f:.]{2,45}\\])(?::[0-9]{1,5})?");

    private ApiLinks() {
    }

    /**
     * {@code path} with the request's parameters, {@code after} set to {@code cursor} (or dropped
     * when the cursor is null); the parameters keep their order.
     */
    static String withCursor(String path, Map<String, List<String>> params, @Nullable String cursor) {
        StringBuilder out = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            if (e.getKey().equals("after")) {
                continue;
            }
            for (String v : e.getValue()) {
                out.append(sep).append(query(e.getKey())).append('=').append(query(v));
                sep = '&';
            }
        }
        if (cursor != null) {
            out.append(sep).append("after=").append(query(cursor));
        }
        return out.toString();
    }

    /** {@code path} with the request's parameters as given. */
    static String self(String path, Map<String, List<String>> params) {
        StringBuilder out = new StringBuilder(path);
        char sep = '?';
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                out.append(sep).append(query(e.getKey())).append('=').append(query(v));
                sep = '&';
            }
        }
        return out.toString();
    }

    /** A query-string value, percent-encoded. */
    static String query(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    /** One path segment, percent-encoded (a space as %20, a slash as %2F). */
    static String segment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /**
     * The site's origin ({@code http://host:port}) when the request's Host header is a plain host
     * name or address, else null (the caller then writes an absolute-path link).
     */
    static @Nullable String origin(String scheme, @Nullable String host) {
        if (host == null || !SAFE_HOST.matcher(host).matches()) {
            return null;
        }
        String s = scheme.equalsIgnoreCase("https") ? "https" : "http";
        return s + "://" + host;
    }
}
