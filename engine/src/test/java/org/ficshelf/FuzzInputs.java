package org.ficshelf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Hostile inputs for the never-crashes test, generated on the fly (none is committed). */
final class FuzzInputs {
    /** Fragments that steer random text into the code paths of headers, chapters and markup. */
    static final String[] FRAGMENTS = {"Title: ", "Author: ", "Rating: NC-17", "Pairing: Spike/Xander",
            "Summary:",
            "A/N: ", "Part 2:", "Chapter 3: Name", "Part Two", "* * *", "~~~", "oOo", "The End", "TBC",
            "-fin-",
            "to be continued", "\"...secret chord.\"1", "(1)", "/thought/", "*emphasis*", "_under_", "<i>",
            "</i>",
            "<div>", "<p>", "&amp;", "&#8217;", "&#x", "=?utf-8?Q?", "=E2=80=99",
            "Content-Type: multipart/mixed;",
            "boundary=", "--", "-- \n", "smelled.blood", "donâ€™t", "Ã©", "\u00e2\u0080\u0099", "Titel: ",
            "Clasificación: ", "[BTVS] FIC: ", "(2/3)", "\r\n", "\n\n\n", "\t", " ", ".", "\u0000", "\uFEFF",
            "\uD800", "漢字", "Subject: ", "From: ", "by "};

    private FuzzInputs() {
    }

    /** {@code size} uniformly random bytes. */
    static byte[] randomBytes(long seed, int size) {
        byte[] bytes = new byte[size];
        new Random(seed).nextBytes(bytes);
        return bytes;
    }

    /** Random text assembled from {@link #FRAGMENTS} and words, as UTF-8, about {@code size} bytes. */
    static byte[] fragmentSoup(long seed, int size) {
        Random random = new Random(seed);
        StringBuilder text = new StringBuilder(size + 64);
        while (text.length() < size) {
            if (random.nextInt(3) == 0) {
                text.append(FRAGMENTS[random.nextInt(FRAGMENTS.length)]);
            } else {
                text.append("word").append(random.nextInt(100)).append(' ');
            }
        }
        return text.toString().getBytes(StandardCharsets.UTF_8);
    }

    /** UTF-8 prose whose multi-byte sequences are cut short at random places. */
    static byte[] truncatedUtf8(long seed) {
        Random random = new Random(seed);
        byte[] sentence = "Café “quoted” — naïve 漢字 \uD83D\uDE00 done.\n".getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int i = 0; i < 5_000; i++) {
            out.write(sentence, 0, 1 + random.nextInt(sentence.length));
        }
        out.write(0xE2);
        out.write(0x80);
        return out.toByteArray();
    }

    /** UTF-16 with a BOM, an odd byte count and unpaired surrogates. */
    static byte[] truncatedUtf16(boolean littleEndian) {
        String text = "Title: Half a Surrogate\n\nShe said \uD83D and stopped.\uDC00 ".repeat(2_000);
        byte[] body = text.getBytes(littleEndian ? StandardCharsets.UTF_16LE : StandardCharsets.UTF_16BE);
        byte[] bom = littleEndian
                ? new byte[]{(byte) 0xFF, (byte) 0xFE}
                : new byte[]{(byte) 0xFE, (byte) 0xFF};
        byte[] out = Arrays.copyOf(bom, 2 + body.length - 1);
        System.arraycopy(body, 0, out, 2, body.length - 1);
        return out;
    }

    /** A story-shaped text file of at least {@code size} bytes, with headers, chapters and breaks. */
    static byte[] bigText(int size) {
        StringBuilder text = new StringBuilder(size + 4096);
        text.append("Title: A Very Long Night\nAuthor: Nobody In Particular\nRating: PG\n\n");
        int chapter = 1;
        while (text.length() < size) {
            text.append("Chapter ").append(chapter++).append(": Again\n\n");
            for (int p = 0; p < 40; p++) {
                text.append(
                        "\"It was late,\" she said... and the lamp went out. He smelled.blood in the dark,")
                        .append(" and /thought/ about *nothing* at all, for a long while afterwards.\n\n");
            }
            text.append("* * *\n\n");
        }
        return text.toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** One line of {@code size} bytes with no line break, of repeated {@code unit}. */
    static byte[] singleLine(String unit, int size) {
        byte[] pattern = unit.getBytes(StandardCharsets.UTF_8);
        byte[] out = new byte[size];
        for (int i = 0; i < size; i++) {
            out[i] = pattern[i % pattern.length];
        }
        return out;
    }

    /** Story text with NUL bytes sprinkled irregularly through it. */
    static byte[] nulsThroughout(long seed) {
        Random random = new Random(seed);
        byte[] text = bigText(1 << 20);
        for (int i = 0; i < text.length; i += 1 + random.nextInt(7)) {
            text[i] = 0;
        }
        return text;
    }

    /** {@code depth} nested divs around one sentence, as an HTML page. */
    static byte[] nestedHtml(int depth) {
        StringBuilder html = new StringBuilder(depth * 12 + 200);
        html.append("<html><head><title>Deep</title></head><body>");
        html.append("<div>".repeat(depth)).append("<p>Title: Deep</p><p>She went down.</p>")
                .append("</div>".repeat(depth));
        return html.append("</body></html>").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** An HTML page with {@code count} tiny inline elements. */
    static byte[] manyElements(int count) {
        StringBuilder html = new StringBuilder(count * 16 + 200);
        html.append("<html><body><p>");
        for (int i = 0; i < count; i++) {
            html.append(i % 2 == 0 ? "<i>a</i>" : "<b>b</b> ");
        }
        return html.append("</p></body></html>").toString().getBytes(StandardCharsets.US_ASCII);
    }

    /** Bytes that start like a zip file and then turn to garbage. */
    static byte[] brokenZip(long seed) {
        byte[] out = randomBytes(seed, 64 * 1024);
        byte[] header = {'P', 'K', 3, 4, 20, 0, 0, 0, 8, 0};
        System.arraycopy(header, 0, out, 0, header.length);
        return out;
    }

    /** A valid EPUB cut off in the middle. */
    static byte[] truncatedEpub() throws IOException {
        byte[] whole = epub(50_000);
        return Arrays.copyOf(whole, whole.length / 2);
    }

    /** An EPUB whose one chapter inflates to {@code inflated} bytes of spaces (a zip bomb). */
    static byte[] zipBombEpub(long inflated) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.setLevel(Deflater.BEST_COMPRESSION);
            epubFrame(zip);
            zip.putNextEntry(new ZipEntry("OEBPS/chapter1.xhtml"));
            zip.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            writeSpaces(zip, inflated);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static byte[] epub(int chapterBytes) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            epubFrame(zip);
            zip.putNextEntry(new ZipEntry("OEBPS/chapter1.xhtml"));
            zip.write("<html><body><p>".getBytes(StandardCharsets.US_ASCII));
            zip.write(singleLine("He waited. ", chapterBytes));
            zip.write("</p></body></html>".getBytes(StandardCharsets.US_ASCII));
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    /** The mimetype (stored, first), container and package document of a one-chapter EPUB. */
    private static void epubFrame(ZipOutputStream zip) throws IOException {
        byte[] mimetype = "application/epub+zip".getBytes(StandardCharsets.US_ASCII);
        ZipEntry entry = new ZipEntry("mimetype");
        entry.setMethod(ZipEntry.STORED);
        entry.setSize(mimetype.length);
        CRC32 crc = new CRC32();
        crc.update(mimetype);
        entry.setCrc(crc.getValue());
        zip.putNextEntry(entry);
        zip.write(mimetype);
        zip.closeEntry();
        entry(zip, "META-INF/container.xml",
                """
                        <?xml version="1.0"?>
                        <container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
                        <rootfiles><rootfile full-path="OEBPS/content.opf" media-type="application/oebps-package+xml"/>
                        </rootfiles></container>""");
        entry(zip, "OEBPS/content.opf", """
                <?xml version="1.0"?>
                <package xmlns="http://www.idpf.org/2007/opf" version="2.0" unique-identifier="id">
                <metadata xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>Bomb</dc:title>
                <dc:identifier id="id">x</dc:identifier><dc:language>en</dc:language></metadata>
                <manifest><item id="c1" href="chapter1.xhtml" media-type="application/xhtml+xml"/></manifest>
                <spine><itemref idref="c1"/></spine></package>""");
    }

    private static void entry(ZipOutputStream zip, String name, String text) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(text.getBytes(StandardCharsets.UTF_8));
        zip.closeEntry();
    }

    private static void writeSpaces(OutputStream out, long count) throws IOException {
        byte[] block = new byte[1 << 16];
        Arrays.fill(block, (byte) ' ');
        for (long left = count; left > 0; left -= block.length) {
            out.write(block, 0, (int) Math.min(block.length, left));
        }
    }

    /** An e-mail whose base64 body is damaged: bad characters, wrong padding, cut mid-quantum. */
    static byte[] brokenBase64Email() {
        String mail = """
                From: "Quill" <quill@example.net>\r
                Subject: [SG1] FIC: Broken Wire (1/1) Jack/Sam, PG\r
                MIME-Version: 1.0\r
                Content-Type: text/plain; charset=utf-8\r
                Content-Transfer-Encoding: base64\r
                \r
                VGl0bGU6IEJyb2tlbiBXaXJlCkF1dGhvcjogUXVpbGwK!!!@@@###\r
                SGUgd2FpdGVkLg==SGUgd2FpdGVkLg=\r
                ====\r
                U2hlIHNhaWQ\r
                """;
        return mail.getBytes(StandardCharsets.US_ASCII);
    }

    /** A multipart e-mail whose boundary never closes and whose parts lie about their encodings. */
    static byte[] brokenMultipartEmail() {
        String mail = """
                From: list@example.org\r
                Subject: =?utf-8?B?!!!broken?=\r
                Content-Type: multipart/mixed; boundary="xyz"\r
                \r
                --xyz\r
                Content-Type: text/plain; charset=no-such-charset\r
                Content-Transfer-Encoding: quoted-printable\r
                \r
                Broken =E2=80 soft break =\r
                =ZZ end\r
                --xyz\r
                Content-Type: text/html\r
                Content-Transfer-Encoding: base64\r
                \r
                PGk+\r
                """;
        return mail.getBytes(StandardCharsets.US_ASCII);
    }
}
