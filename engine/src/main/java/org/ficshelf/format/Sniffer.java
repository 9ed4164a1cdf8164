package org.ficshelf.format;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/** Tells a file's format from its first bytes; the file name is only a hint. */
final class Sniffer {
    static final String TEXT = "text";
    static final String HTML = "html";
    static final String EMAIL = "email";
    static final String EPUB = "epub";

    private static final int HEAD = 2048;
    private static final Pattern HTML_START = Pattern.compile(
            "(?i)<(!doctype\\s+html|html[\\s>]|head[\\s>]|body[\\s>]|title>|meta\\s|p[\\s>]|br\\s*/?>|div[\\s>]|center>|font\\s|table[\\s>])");
    private static final Pattern HTML_NAME = Pattern.compile("(?i).*\\.(x?html?|shtml|php|asp)$");

    private Sniffer() {
    }

    static String sniff(byte[] bytes, String name) {
        if (isZip(bytes)) {
            return EPUB;
        }
        if (MailHeaders.startsWithHeaders(bytes)) {
            return EMAIL;
        }
        if (looksLikeHtml(bytes, name)) {
            return HTML;
        }
        return TEXT;
    }

    static boolean isZip(byte[] b) {
        return b.length >= 4 && b[0] == 'P' && b[1] == 'K' && b[2] == 3 && b[3] == 4;
    }

    /**
     * HTML when markup opens the file (after blank lines and comments), or a page element turns up
     * in its first bytes of a file named as a page. A stray {@code <i>} in a .txt is not enough.
     */
    static boolean looksLikeHtml(byte[] bytes, String name) {
        String head = asciiHead(bytes);
        String start = head.stripLeading();
        if (start.startsWith("<") && HTML_START.matcher(start).lookingAt()) {
            return true;
        }
        if (start.startsWith("<!--") || start.startsWith("<?xml")) {
            return HTML_START.matcher(head).find();
        }
        boolean named = HTML_NAME.matcher(name.toLowerCase(Locale.ROOT)).matches();
        return named && (start.startsWith("<") || HTML_START.matcher(head).find());
    }

    /** The first bytes as ISO-8859-1, NULs dropped so that UTF-16 markup still reads as ASCII. */
    static String asciiHead(byte[] bytes) {
        int n = Math.min(bytes.length, HEAD);
        StringBuilder sb = new StringBuilder(n);
        String s = new String(bytes, 0, n, StandardCharsets.ISO_8859_1);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != 0 && c != '\uFEFF' && c != '\u00FF' && c != '\u00FE') {
                sb.append(c);
            }
        }
        String out = sb.toString();
        return out.startsWith("\u00EF\u00BB\u00BF") ? out.substring(3) : out;
    }
}
