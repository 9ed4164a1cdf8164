package org.ficshelf.format;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.ficshelf.ProblemList;
import org.ficshelf.decode.Decoded;
import org.ficshelf.decode.Decoder;
import org.ficshelf.doc.TextLine;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.jspecify.annotations.Nullable;

/**
 * Reads an EPUB held in memory: container.xml leads to the OPF, whose Dublin Core metadata and
 * spine order are read; each spine page goes through the HTML conversion. AO3 EPUBs give their
 * preface metadata, FanFicFare EPUBs their title page's {@code Key: value} list; title, table of
 * contents and log pages are not story.
 */
final class EpubReader {
    private static final Pattern KEY_VALUE = Pattern.compile("^([A-Za-z][A-Za-z /()]{0,30}):\\s*(.*)$");
    private static final Pattern NOT_STORY = Pattern
            .compile(
                    "(?i)(.*/)?(title_?page|toc_?page|log_?page|toc|nav|cover)\\.x?html?$");
    private static final List<String> AO3_CATEGORIES = List.of("gen", "f/m", "m/m", "f/f", "multi", "other");

    private EpubReader() {
    }

    /** One manifest item. */
    private record Item(String path, String mediaType, String properties) {
    }

    static SourceDocument read(byte[] bytes) {
        ProblemList problems = ProblemList.tracking();
        Map<String, byte[]> entries = EpubZip.entries(bytes, problems);
        Map<String, String> metadata = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        List<TextLine> lines = new ArrayList<>();
        String opfPath = rootFile(entries);
        byte[] opfBytes = opfPath == null ? null : entries.get(opfPath);
        if (opfPath == null || opfBytes == null) {
            problems.add(0, 0, "bad-epub", "no package document (container.xml and OPF) found");
            return new SourceDocument("epub", "UTF-8", 0.0, lines, metadata, notes, null, problems.toList());
        }
        Document opf = Jsoup.parse(utf8(opfBytes), "", Parser.xmlParser());
        Map<String, String> dc = dublinCore(opf);
        if (pages(opf, opfPath, entries, metadata, notes, lines, problems)) {
            dc.remove("tags"); // AO3's subjects repeat its rating and fandoms; the preface has the real tags
        }
        dc.forEach(metadata::putIfAbsent);
        return new SourceDocument("epub", "UTF-8", 1.0, Chrome.trimEdges(lines), metadata, notes, null,
                problems.toList());
    }

    private static @Nullable String rootFile(Map<String, byte[]> entries) {
        byte[] container = entries.get("META-INF/container.xml");
        if (container != null) {
            Element root = Jsoup.parse(utf8(container), "", Parser.xmlParser())
                    .selectFirst("rootfile[full-path]");
            if (root != null) {
                return EpubZip.normalise(root.attr("full-path"));
            }
        }
        for (String name : entries.keySet()) {
            if (name.toLowerCase(Locale.ROOT).endsWith(".opf")) {
                return name;
            }
        }
        return null;
    }

    /** Title, creators, description, subjects, language... from the OPF's metadata. */
    private static Map<String, String> dublinCore(Document opf) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        for (Element e : opf.getAllElements()) {
            String local = localName(e);
            String key = switch (local) {
                case "title" -> "title";
                case "creator" -> "author";
                case "description" -> "summary";
                case "subject" -> "tags";
                case "language" -> "language";
                case "date" -> "date";
                case "publisher" -> "publisher";
                case "source" -> "source";
                default -> null;
            };
            if (key != null && e.parent() != null && localName(e.parent()).equals("metadata")) {
                String text = key.equals("summary") ? Jsoup.parse(e.text()).text() : e.text();
                if (!text.isBlank()) {
                    values.computeIfAbsent(key, k -> new ArrayList<>()).add(text.strip());
                }
            }
        }
        Map<String, String> out = new LinkedHashMap<>();
        values.forEach((k, v) -> out.put(k,
                k.equals("title") || k.equals("summary") ? v.get(0) : String.join(", ", v)));
        return out;
    }

    private static String localName(Element e) {
        String tag = e.tagName().toLowerCase(Locale.ROOT);
        int colon = tag.indexOf(':');
        return colon < 0 ? tag : tag.substring(colon + 1);
    }

    /** Reads the spine pages in order into lines, metadata and notes; true when AO3 made the book. */
    private static boolean pages(Document opf, String opfPath, Map<String, byte[]> entries,
            Map<String, String> metadata,
            List<String> notes, List<TextLine> lines, ProblemList problems) {
        Map<String, Item> manifest = manifest(opf, opfPath);
        boolean ao3 = false;
        int offset = 0;
        for (Element ref : opf.select("itemref[idref]")) {
            Item item = manifest.get(ref.attr("idref"));
            byte[] page = item == null ? null : entries.get(item.path());
            if (page == null) {
                problems.add(0, 0, "bad-epub", "spine item " + ref.attr("idref") + " is missing");
                continue;
            }
            Decoded decoded = Decoder.decode(page, declared(page));
            Document doc = HtmlReader.parse(decoded.text());
            int pageLines = countLines(decoded.text());
            if (Ao3.isAo3(doc)) {
                ao3 = true;
                Ao3.preface(doc, metadata, notes);
            } else if (ao3 && doc.selectFirst("#afterword, #endnotes") != null) {
                Ao3.chapters(doc, notes);
            } else if (isTitlePage(item.path(), doc)) {
                titlePage(doc, metadata);
            } else if (!item.properties().contains("nav") && !NOT_STORY.matcher(item.path()).matches()) {
                List<TextLine> pageText = ao3 ? Ao3.chapters(doc, notes) : HtmlText.lines(doc.body(), true);
                append(lines, pageText, offset);
            }
            offset += pageLines;
        }
        return ao3;
    }

    private static Map<String, Item> manifest(Document opf, String opfPath) {
        int slash = opfPath.lastIndexOf('/');
        String dir = slash < 0 ? "" : opfPath.substring(0, slash + 1);
        Map<String, Item> out = new HashMap<>();
        for (Element item : opf.select("item[id][href]")) {
            String path = EpubZip.normalise(dir + percentDecode(item.attr("href")));
            out.put(item.attr("id"), new Item(path, item.attr("media-type"), item.attr("properties")));
        }
        return out;
    }

    private static void append(List<TextLine> lines, List<TextLine> page, int offset) {
        if (page.isEmpty()) {
            return;
        }
        if (!lines.isEmpty()) {
            lines.add(TextLine.plain(offset + page.get(0).number(), ""));
        }
        for (TextLine l : page) {
            lines.add(new TextLine(l.number() + offset, l.text(), l.spans()));
        }
    }

    /** A FanFicFare-style title page: its file name says so, or it is a short list of story keys. */
    private static boolean isTitlePage(String path, Document doc) {
        if (path.toLowerCase(Locale.ROOT).contains("title_page")) {
            return true;
        }
        int keys = 0;
        for (Element b : doc.select("b, strong, dt")) {
            String label = b.text().strip().toLowerCase(Locale.ROOT);
            if (label.endsWith(":") && fanFicFareKey(label.substring(0, label.length() - 1)) != null) {
                keys++;
            }
        }
        return keys >= 3 && doc.text().length() < 5000;
    }

    /** FanFicFare's {@code <b>Key:</b> value} lines as metadata. */
    private static void titlePage(Document doc, Map<String, String> metadata) {
        List<TextLine> page = HtmlText.lines(doc.body(), false);
        String key = null;
        StringBuilder value = new StringBuilder();
        for (TextLine line : page) {
            Matcher m = KEY_VALUE.matcher(line.text());
            String k = m.matches() ? fanFicFareKey(m.group(1).strip().toLowerCase(Locale.ROOT)) : null;
            if (k == null && m.matches() && m.group(2).isBlank()) {
                putValue(metadata, key, value); // a label of its own ("Archive Warning:") ends a value
                key = null;
            } else if (k != null) {
                putValue(metadata, key, value);
                key = k;
                value.setLength(0);
                value.append(m.group(2).strip());
            } else if (key != null && !line.isBlank()) {
                value.append(value.isEmpty() ? "" : "\n").append(line.text().strip());
            } else if (key != null && line.isBlank() && !value.isEmpty()) {
                putValue(metadata, key, value);
                key = null;
            }
        }
        putValue(metadata, key, value);
    }

    private static void putValue(Map<String, String> metadata, @Nullable String key, StringBuilder value) {
        if (key == null || value.isEmpty()) {
            return;
        }
        String v = value.toString().strip();
        if (key.equals("category")) {
            boolean ao3Categories = true;
            for (String c : v.split("\\s*,\\s*")) {
                ao3Categories &= AO3_CATEGORIES.contains(c.toLowerCase(Locale.ROOT));
            }
            key = ao3Categories ? "category" : "fandom";
        } else if (key.equals("words")) {
            v = v.replaceAll("[^0-9]", "");
        }
        if (!v.isEmpty()) {
            metadata.putIfAbsent(key, v);
        }
    }

    /** The work record's key for a FanFicFare title-page label, or null. */
    static @Nullable String fanFicFareKey(String label) {
        return switch (label) {
            case "category", "categories" -> "category";
            case "fandom", "fandoms" -> "fandom";
            case "genre", "genres" -> "genre";
            case "characters" -> "characters";
            case "relationships", "pairing", "pairings", "ships" -> "pairings";
            case "rating", "rated" -> "rating";
            case "warnings", "warning" -> "warnings";
            case "status" -> "status";
            case "chapters" -> "chapters";
            case "words" -> "words";
            case "summary", "description" -> "summary";
            case "published" -> "date";
            case "updated" -> "updated";
            case "language" -> "language";
            case "series" -> "series";
            case "author", "authors" -> "author";
            case "title" -> "title";
            case "tags", "freeform tags", "additional tags" -> "tags";
            default -> null;
        };
    }

    private static @Nullable String declared(byte[] page) {
        String charset = HtmlReader.declaredCharset(page);
        return charset == null ? "UTF-8" : charset;
    }

    private static int countLines(String text) {
        int n = 1;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String utf8(byte[] bytes) {
        return new String(bytes, StandardCharsets.UTF_8);
    }

    private static String percentDecode(String href) {
        int hash = href.indexOf('#');
        String s = hash < 0 ? href : href.substring(0, hash);
        if (s.indexOf('%') < 0) {
            return s;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                    && Character.digit(s.charAt(i + 2), 16) >= 0) {
                out.write(Character.digit(s.charAt(i + 1), 16) * 16 + Character.digit(s.charAt(i + 2), 16));
                i += 2;
            } else {
                byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
                out.write(b, 0, b.length);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
