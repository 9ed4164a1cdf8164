package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.format.FormatsTestSupport.joined;
import static org.ficshelf.format.FormatsTestSupport.lineContaining;
import static org.ficshelf.format.FormatsTestSupport.texts;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MailReaderTest {

    private static SourceDocument mail(String text) {
        return Formats.read(text.replace("\n", "\r\n").getBytes(StandardCharsets.ISO_8859_1), "post.eml");
    }

    @Test
    void decodesAQuotedPrintableLatin1Body() {
        SourceDocument doc = mail("""
                From: "Marguerite" <m@example.org>
                Subject: FIC: Caf=E9 Noir
                MIME-Version: 1.0
                Content-Type: text/plain; charset=iso-8859-1
                Content-Transfer-Encoding: quoted-printable

                She ordered a caf=E9 au lait and waited for the rain to stop, which it di=
                d not.
                """);
        assertThat(doc.format()).isEqualTo("email");
        assertThat(texts(doc)).containsExactly(
                "She ordered a café au lait and waited for the rain to stop, which it did not.");
        assertThat(doc.metadata()).containsEntry("author", "Marguerite");
    }

    @Test
    void decodesABase64Body() {
        String body = Base64.getMimeEncoder().encodeToString(
                "Line one of the story.\nLine two, with an ümlaut.\n".getBytes(StandardCharsets.UTF_8));
        SourceDocument doc = mail("""
                From: x@example.net (Ada Quill)
                Subject: =?UTF-8?Q?Gr=C3=BCn_Tea?= (1/2)
                Content-Type: text/plain; charset=UTF-8
                Content-Transfer-Encoding: base64

                """ + body + "\n");
        assertThat(texts(doc)).containsExactly("Line one of the story.", "Line two, with an ümlaut.");
        assertThat(doc.metadata()).containsEntry("title", "Grün Tea").containsEntry("author", "Ada Quill");
        assertThat(doc.part()).isEqualTo(new PartNumber(1, 2));
    }

    @Test
    void prefersThePlainPartOfAMultipartMessage() {
        SourceDocument doc = mail("""
                From: a@example.com
                Subject: Fic: Two Roads
                MIME-Version: 1.0
                Content-Type: multipart/alternative; boundary="XYZ"

                This is a multi-part message.
                --XYZ
                Content-Type: text/plain; charset=us-ascii

                The plain story.
                --XYZ
                Content-Type: text/html; charset=us-ascii

                <p>The <b>html</b> story.</p>
                --XYZ--
                """);
        assertThat(texts(doc)).containsExactly("The plain story.");
    }

    @Test
    void readsAnHtmlOnlyPartThroughTheHtmlReader() {
        SourceDocument doc = mail("""
                From: a@example.com
                Subject: Fic: Two Roads
                Content-Type: multipart/mixed; boundary=b1

                --b1
                Content-Type: text/html; charset=us-ascii
                Content-Transfer-Encoding: quoted-printable

                <p>The <i>html</i> story.</p><p>Second paragraph.</p>
                --b1--
                """);
        assertThat(texts(doc)).containsExactly("The html story.", "", "Second paragraph.");
        assertThat(doc.lines().get(0).spans()).hasSize(1);
    }

    @Test
    void cutsTheSignatureAndListFooterButKeepsQuotesAndStoryEnd() {
        SourceDocument doc = mail("""
                From: "Lantern Jack" <lj@example.net>
                Subject: [XF] FIC: Quiet Hours (1/1)
                Date: Sun, 12 Mar 2000 02:47:13 -0500

                > Someone asked for a quiet one.
                The office was quiet.
                Mulder was not.

                THE END

                --\s
                Jack
                http://www.example.net/~jack/

                ------------------------ Yahoo! Groups Sponsor ---------------------~-->
                Buy things now! http://ads.example.com/
                ---------------------------------------------------------------------~->

                To unsubscribe from this group, send an email to:
                list-unsubscribe@example.org
                """);
        assertThat(texts(doc)).containsExactly("> Someone asked for a quiet one.", "The office was quiet.",
                "Mulder was not.", "", "THE END");
        assertThat(doc.metadata()).containsEntry("date", "Sun, 12 Mar 2000 02:47:13 -0500").containsEntry(
                "listTag",
                "XF");
    }

    @Test
    void numbersLinesByTheirLineInTheMessage() {
        SourceDocument doc = mail("""
                From: a@example.com
                Subject: x

                first
                second
                """);
        assertThat(lineContaining(doc, "second").number()).isEqualTo(5);
    }

    @Test
    void readsSeveralPostsInOneFileAsOneStory() {
        SourceDocument doc = mail("""
                From writer@example.edu Tue Sep 20 18:16:20 1994
                From: writer@example.edu (Robin Vale)
                Newsgroups: alt.test.creative
                Subject: Night Ferry pt 1

                The ferry left late.

                Path: news!example
                From: writer@example.edu (Robin Vale)
                Newsgroups: alt.test.creative
                Subject: Night Ferry pt 2 (END)

                It arrived later still.
                """);
        assertThat(texts(doc)).containsExactly("The ferry left late.", "", "It arrived later still.");
        assertThat(doc.metadata()).containsEntry("title", "Night Ferry").containsEntry("messages", "2")
                .containsEntry("newsgroups", "alt.test.creative");
        assertThat(doc.part()).isEqualTo(new PartNumber(2, 2));
    }

    @Test
    void survivesATruncatedMultipartMessage() {
        SourceDocument doc = mail("""
                From: a@example.com
                Subject: x
                Content-Type: multipart/mixed; boundary=b1

                --b1
                Content-Type: text/plain
                Content-Transfer-Encoding: base64

                VGhlIHN0b3J5IGJlZ2lu""");
        assertThat(doc.format()).isEqualTo("email");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            "Lantern Jack" <lanternjack@example.net>   | Lantern Jack
            archer77@ix.example.com (Michael Francis)  | Michael Francis
            Robin Vale <rv@example.org>                | Robin Vale
            <rv@example.org>                           | -
            rv@example.org                             | -
            """)
    void takesTheAuthorFromTheFromDisplayName(String from, String author) {
        assertThat(MailReader.displayName(from)).isEqualTo(author);
    }

    @Test
    void readsTheDevMailingListPostSensibly() {
        SourceDocument doc = Formats.read(
                FormatsTestSupport.corpus("dev/04-mailing-list-part-2-of-3/input.eml"),
                "input.eml");
        assertThat(doc.format()).isEqualTo("email");
        assertThat(doc.metadata()).containsEntry("title", "Basement Weather")
                .containsEntry("author", "Lantern Jack")
                .containsEntry("pairings", "Spike/Xander").containsEntry("rating", "R")
                .containsEntry("listTag", "BTVS");
        assertThat(doc.part()).isEqualTo(new PartNumber(2, 3));
        assertThat(texts(doc).get(0)).isEqualTo("Title: Basement Weather");
        assertThat(texts(doc).get(texts(doc).size() - 1)).isEqualTo("end part 2/3");
        assertThat(joined(doc)).doesNotContain("unsubscribe", "List Sponsor", "Return-Path");
    }
}
