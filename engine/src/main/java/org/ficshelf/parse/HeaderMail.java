package org.ficshelf.parse;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.ficshelf.doc.TextLine;
import org.jspecify.annotations.Nullable;

/**
 * Skips an RFC 822 / Usenet header block that reached the text (a saved post), keeping its
 * Subject and From as weak evidence for title and author.
 */
final class HeaderMail {
    private static final Set<String> NAMES = Set.of("from", "to", "cc", "subject", "date", "path",
            "newsgroups",
            "message-id", "received", "return-path", "reply-to", "sender", "organization", "organisation",
            "lines",
            "mime-version", "content-type", "content-transfer-encoding", "article", "references",
            "distribution",
            "nntp-posting-host", "xref", "x-newsreader", "x-mailer", "mailing-list", "delivered-to",
            "approved",
            "followup-to", "keywords", "summary", "in-reply-to", "precedence", "list-id", "status");
    private static final Set<String> STRONG = Set.of("from", "subject", "path", "newsgroups", "message-id",
            "received", "return-path", "article", "xref", "nntp-posting-host");
    private static final int MAX_BLOCK = 200;

    private HeaderMail() {
    }

    /** A skipped block: where the text after it starts, and its Subject and From values. */
    record Block(int end, @Nullable String subject, @Nullable String from) {
    }

    /** The leading mail header block, or null when the text does not start with one. */
    static @Nullable Block skip(List<TextLine> lines) {
        int i = 0;
        while (i < lines.size() && lines.get(i).isBlank()) {
            i++;
        }
        int known = 0;
        int strong = 0;
        String subject = null;
        String from = null;
        int start = i;
        for (; i < lines.size() && i - start < MAX_BLOCK; i++) {
            String line = lines.get(i).text();
            if (line.isBlank()) {
                break;
            }
            if (Character.isWhitespace(line.charAt(0)) && i > start) {
                continue; // a folded header line
            }
            if (i == start && line.startsWith("From ")) {
                known++;
                strong++;
                continue;
            }
            String name = name(line);
            if (name == null) {
                return null;
            }
            if (!NAMES.contains(name) && !name.startsWith("x-")) {
                if (Keys.canonical(name) != null) {
                    return null; // "Title:", "Rating:": a story's own header, not a mail's
                }
                continue;
            }
            known++;
            if (STRONG.contains(name)) {
                strong++;
            }
            String value = line.substring(line.indexOf(':') + 1).strip();
            if (name.equals("subject") && subject == null) {
                subject = value;
            } else if (name.equals("from") && from == null) {
                from = value;
            }
        }
        boolean mail = known >= 2 && strong >= 1;
        return mail ? new Block(i, subject, from) : null;
    }

    /** The header name of a "Name: value" line in lower case, or null. */
    private static @Nullable String name(String line) {
        int colon = line.indexOf(':');
        if (colon <= 0 || colon > 40) {
            return null;
        }
        for (int k = 0; k < colon; k++) {
            char c = line.charAt(k);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return null;
            }
        }
        return line.substring(0, colon).toLowerCase(Locale.ROOT);
    }
}
