package org.ficshelf.format;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ficshelf.decode.Decoded;
import org.ficshelf.decode.Decoder;
import org.ficshelf.doc.TextLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;
import org.jspecify.annotations.Nullable;

/**
 * Reads an HTML page: a legacy archive page (site chrome dropped, the story and its header block
 * kept) or an AO3 download (metadata from its preface, chapters as headings and text).
 */
final class HtmlReader {
    /** How far into the file a {@code <meta charset>} is looked for. */
    private static final int SNIFF_BYTES = 4096;
    private static final Pattern META_CHARSET = Pattern
            .compile("<meta[^>]{0,400}?charset\\s*=\\s*[\"']?\\s*([a-z0-9_:.\\-]{1,40})");
    private static final Pattern XML_ENCODING = Pattern
            .compile("<\\?xml[^>]{0,200}?encoding\\s*=\\s*[\"']([a-z0-9_:.\\-]{1,40})");

    /** Parsed once: jsoup would otherwise parse the query on every page. */
    private static final Evaluator META_NAMED = QueryParser.parse("meta[name]");

    private HtmlReader() {
    }

    static SourceDocument read(byte[] bytes) {
        Decoded decoded = Decoder.decode(bytes, declaredCharset(bytes));
        Document doc = parse(decoded.text());
        Map<String, String> metadata = new LinkedHashMap<>(pageMetadata(doc));
        List<String> notes = new ArrayList<>();
        List<TextLine> lines;
        if (Ao3.isAo3(doc)) {
            lines = Ao3.read(doc, metadata, notes);
        } else {
            lines = HtmlText.lines(doc.body(), true);
        }
        return new SourceDocument("html", decoded.charset(), decoded.confidence(), lines, metadata, notes,
                null,
                decoded.problems());
    }

    /** A document parsed with source positions tracked, so lines know their source line. */
    static Document parse(String html) {
        Parser parser = Parser.htmlParser().setTrackPosition(true);
        return Jsoup.parse(html, "", parser);
    }

    /** The charset a {@code <meta>} tag or XML declaration names near the start, read as ASCII. */
    static @Nullable String declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, SNIFF_BYTES), StandardCharsets.ISO_8859_1)
                .toLowerCase(Locale.ROOT);
        Matcher m = META_CHARSET.matcher(head);
        if (m.find()) {
            return m.group(1);
        }
        m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }

    /** {@code pageTitle}, {@code pageAuthor}, {@code pageDescription}, {@code pageKeywords}. */
    static Map<String, String> pageMetadata(Document doc) {
        Map<String, String> out = new LinkedHashMap<>();
        putIfPresent(out, "pageTitle", doc.title());
        for (Element meta : doc.select(META_NAMED)) {
            String name = meta.attr("name").strip().toLowerCase(Locale.ROOT);
            String key = switch (name) {
                case "author" -> "pageAuthor";
                case "description" -> "pageDescription";
                case "keywords" -> "pageKeywords";
                default -> null;
            };
            if (key != null) {
                putIfPresent(out, key, meta.attr("content"));
            }
        }
        return out;
    }

    static void putIfPresent(Map<String, String> map, String key, @Nullable String value) {
        if (value == null) {
            return;
        }
        String v = value.strip().replaceAll("\\s+", " ");
        if (!v.isEmpty()) {
            map.putIfAbsent(key, v);
        }
    }
}
