package org.ficshelf.web;

import io.javalin.http.Context;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.ficshelf.Work;
import org.ficshelf.catalog.StoredWork;

/**
 * The downloads of a work: EPUB, single-file HTML, plain UTF-8 text, and the original bytes as
 * imported (a work assembled from several parts downloads as a zip of its parts, in part order).
 * Adult works pass the same interstitial as their page (or carry {@code ?view_adult=true}).
 */
final class Downloads {
    /** Longest file name stem offered, in characters. */
    static final int MAX_STEM = 80;

    private Downloads() {
    }

    static void download(Site site, Context ctx) throws IOException {
        long id = WorkPage.id(ctx);
        String format = ctx.pathParam("format");
        if (!List.of("epub", "html", "txt", "original").contains(format)) {
            throw HttpProblem
                    .notFound("there is no '" + format + "' download; try epub, html, txt or original");
        }
        Work work = site.archive().read(id).orElseThrow(() -> HttpProblem.notFound("there is no work " + id));
        if (AdultGate.stops(site, ctx, work.record(), id)) {
            return;
        }
        String stem = Blurb.title(work.record());
        switch (format) {
            case "epub" -> send(ctx, "application/epub+zip", stem, "epub", Exports.epub(work));
            case "html" -> send(ctx, "text/html; charset=utf-8", stem, "html", Exports.html(work));
            case "txt" -> send(ctx, "text/plain; charset=utf-8", stem, "txt", Exports.txt(work));
            default -> original(site, ctx, id);
        }
    }

    private static void original(Site site, Context ctx, long id) throws IOException {
        StoredWork stored = site.archive().work(id)
                .orElseThrow(() -> HttpProblem.notFound("there is no work " + id));
        List<StoredWork.Original> parts = stored.originals().stream()
                .sorted(Comparator.comparing(o -> o.part() == null ? 0 : o.part())).toList();
        if (parts.isEmpty()) {
            throw HttpProblem.notFound("work " + id + " keeps no original");
        }
        if (parts.size() == 1) {
            StoredWork.Original o = parts.get(0);
            send(ctx, "application/octet-stream", fileName(o.path()), "", bytes(site, o));
            return;
        }
        ByteArrayOutputStream zip = new ByteArrayOutputStream();
        try (ZipOutputStream out = new ZipOutputStream(zip, StandardCharsets.UTF_8)) {
            int n = 0;
            for (StoredWork.Original o : parts) {
                n++;
                out.putNextEntry(new ZipEntry(
                        String.format(Locale.ROOT, "%02d-%s", n, safeEntry(fileName(o.path())))));
                out.write(bytes(site, o));
                out.closeEntry();
            }
        }
        send(ctx, "application/zip", Blurb.title(stored.record()) + " (originals)", "zip", zip.toByteArray());
    }

    private static byte[] bytes(Site site, StoredWork.Original o) throws IOException {
        return site.archive().original(o.sha256())
                .orElseThrow(() -> HttpProblem.notFound("the original " + o.sha256() + " is missing"));
    }

    private static void send(Context ctx, String type, String stem, String extension, byte[] body) {
        if (!type.contains("charset=")) {
            ctx.res().setCharacterEncoding(null); // the app's text default must not stick to bytes
        }
        ctx.contentType(type);
        ctx.header("Content-Disposition", disposition(stem, extension));
        ctx.result(body);
    }

    /** The last path segment of a stored path. */
    private static String fileName(String path) {
        int slash = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
        String name = path.substring(slash + 1);
        return name.isBlank() ? "original" : name;
    }

    private static String safeEntry(String name) {
        String s = ascii(name);
        return s.isEmpty() ? "part" : s;
    }

    /**
     * {@code attachment} with an ASCII {@code filename} (accents dropped, anything else
     * replaced) and the full name as RFC 5987 {@code filename*} in UTF-8.
     */
    static String disposition(String stem, String extension) {
        String suffix = extension.isEmpty() ? "" : "." + extension;
        String clean = clip(stem.replaceAll("[\\p{Cntrl}\"\\\\/:*?<>|]+", " ").replaceAll("\\s+", " ")
                .replaceAll("^[ .]+|[ .]+$", ""));
        String ascii = ascii(clean);
        if (ascii.isEmpty()) {
            ascii = "work";
        }
        if (clean.isEmpty()) {
            clean = "work";
        }
        return "attachment; filename=\"" + ascii + suffix + "\"; filename*=UTF-8''" + rfc5987(clean + suffix);
    }

    private static String clip(String s) {
        return s.codePointCount(0, s.length()) <= MAX_STEM
                ? s
                : s.substring(0, s.offsetByCodePoints(0, MAX_STEM)).strip();
    }

    private static String ascii(String s) {
        String folded = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        StringBuilder out = new StringBuilder();
        for (char c : folded.toCharArray()) {
            boolean keep = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || c == '-' || c == '_' || c == '.' || c == ' ' || c == '(' || c == ')' || c == ',';
            out.append(keep ? c : '_');
        }
        return out.toString().replaceAll("_+", "_").replaceAll("^[ ._]+|[ ._]+$", "");
    }

    private static String rfc5987(String s) {
        StringBuilder out = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            int c = b & 0xff;
            boolean attrChar = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || "!#$&+-.^_`|~".indexOf(c) >= 0;
            if (attrChar) {
                out.append((char) c);
            } else {
                out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
                        .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
            }
        }
        return out.toString();
    }
}
