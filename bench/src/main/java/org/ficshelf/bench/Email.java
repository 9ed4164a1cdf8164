package org.ficshelf.bench;

import java.util.Locale;

/** Renders generated text as a mailing-list post: RFC 5322 headers, a FIC subject, a list footer. */
final class Email {
    private Email() {
    }

    static String message(String title, String author, String listTag, String text, long index) {
        String login = author.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return "From: \"" + author + "\" <" + login + "@example.net>\n"
                + "To: <" + listTag.toLowerCase(Locale.ROOT) + "-fic@example.org>\n"
                + "Date: Sun, 12 Mar 2000 02:47:13 -0500\n"
                + "Subject: [" + listTag + "] FIC: " + title + "\n"
                + "Message-ID: <gen" + index + "@example.net>\n"
                + "MIME-Version: 1.0\n"
                + "Content-Type: text/plain; charset=\"utf-8\"\n"
                + "Content-Transfer-Encoding: 8bit\n\n"
                + text
                + "\n-- \n" + author + "\n\n"
                + "------------------------------------------------------------------------\n"
                + "To unsubscribe from this list, send a blank message to leave@example.org\n";
    }
}
