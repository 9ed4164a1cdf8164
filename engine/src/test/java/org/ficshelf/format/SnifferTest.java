package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SnifferTest {

    @ParameterizedTest(name = "{2}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            <!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 3.2 Final//EN">\\n<HTML>           | story.txt  | html
            <html><body><p>Hi</p></body></html>                                       | a.dat      | html
            \\n\\n<HTML>\\n<HEAD><TITLE>x</TITLE>                                      | a          | html
            <!-- saved page -->\\n<html>                                              | a          | html
            Title: Story\\n<p>and then</p>                                           | story.htm  | html
            Title: Story\\nShe said <i>no</i>.                                       | story.txt  | text
            Title: Story\\nAuthor: Me\\nRating: PG\\n\\nText                         | story.txt  | text
            From: Jack <j@example.net>\\nSubject: FIC: X\\n\\nBody                   | story.txt  | email
            From someone@example.net Mon Nov  7 15:47:11 1994\\nPath: a!b\\n\\nBody  | x          | email
            Path: a!b!c\\nFrom: x@example.net (X)\\nNewsgroups: alt.test\\n\\nBody  | x.txt      | email
            From: x@example.net (X)\\nDate: 21 Jul 1994 04:45:17 GMT\\n\\nBody       | x.txt      | email
            Return-Path: <a@b>\\nReceived: from a\\n\\tby b\\nMessage-ID: <1@b>\\n\\nBody | x.eml  | email
            From the ashes she rose.\\nAnd walked.                                    | x.txt      | text
            From: Jack\\nTitle: Story\\nDate: 1999\\n\\nBody                          | x.txt      | text
            Plain story text only.                                                    | x.html     | text
            """)
    void tellsTheFormatFromTheBytes(String content, String name, String format) {
        byte[] bytes = content.replace("\\n", "\n").replace("\\t", "\t")
                .getBytes(StandardCharsets.ISO_8859_1);
        assertThat(Sniffer.sniff(bytes, name)).isEqualTo(format);
    }

    @Test
    void tellsAZipFromItsMagicNumber() {
        assertThat(Sniffer.sniff(new byte[]{'P', 'K', 3, 4, 0, 0}, "x.txt")).isEqualTo("epub");
    }

    @Test
    void readsUtf16MarkupAsHtml() {
        byte[] bytes = "\uFEFF<html><body><p>Hi</p></body></html>".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Sniffer.sniff(bytes, "x")).isEqualTo("html");
    }
}
