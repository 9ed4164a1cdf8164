package org.ficshelf.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Downloads: media types, attachment file names, the bytes themselves. */
class DownloadsTest {
    @RegisterExtension
    static final TestSite site = TestSite.pages();
    static long bronze;

    @BeforeAll
    static void start() throws Exception {
        bronze = site.id("bronze.txt");
    }

    @Test
    void theTextDownloadIsUtf8PlainTextWithTheStory() throws Exception {
        var r = site.bytes("/works/" + bronze + "/download/txt");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain")
                .containsIgnoringCase("charset=utf-8");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .isEqualTo("attachment; filename=\"Bronze Age.txt\"; filename*=UTF-8''Bronze%20Age.txt");
        assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Bronze Age")
                .contains("Tara said hello back");
    }

    @Test
    void theHtmlDownloadIsAWholeDocument() throws Exception {
        var r = site.get("/works/" + bronze + "/download/html");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/html");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
                .contains("filename=\"Bronze Age.html\"");
        assertThat(Jsoup.parse(r.body()).text()).contains("Tara said hello back");
    }

    @Test
    void theEpubDownloadIsAZipWhoseFirstEntryIsItsMimetype() throws Exception {
        var r = site.bytes("/works/" + bronze + "/download/epub");
        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/epub+zip");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"Bronze Age.epub\"");
        assertThat(r.body()).startsWith(0x50, 0x4b, 0x03, 0x04);
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(r.body()))) {
            var first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(new String(zip.readAllBytes(), StandardCharsets.US_ASCII))
                    .isEqualTo("application/epub+zip");
        }
    }

    @Test
    void theOriginalIsTheImportedBytesUnchanged() throws Exception {
        var r = site.bytes("/works/" + bronze + "/download/original");

        assertThat(r.statusCode()).isEqualTo(200);
        assertThat(r.headers().firstValue("Content-Type")).hasValue("application/octet-stream");
        assertThat(r.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("filename=\"bronze.txt\"");
        assertThat(r.body()).isEqualTo(TestSite.BRONZE.getBytes(StandardCharsets.UTF_8));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Salt and Silver|txt|attachment; filename=\"Salt and Silver.txt\"; filename*=UTF-8''Salt%20and%20Silver.txt",
            "Café Noël|epub|attachment; filename=\"Cafe Noel.epub\"; filename*=UTF-8''Caf%C3%A9%20No%C3%ABl.epub",
            "a\"b\\c/d\\r\\ne|txt|attachment; filename=\"a b c d e.txt\"; filename*=UTF-8''a%20b%20c%20d%20e.txt",
            "雪の日|html|attachment; filename=\"work.html\"; filename*=UTF-8''%E9%9B%AA%E3%81%AE%E6%97%A5.html",
            "../../etc/passwd|txt|attachment; filename=\"etc passwd.txt\"; filename*=UTF-8''etc%20passwd.txt"})
    void fileNamesAreSafeWithAnAsciiFallbackAndTheUtf8Name(String title, String ext, String expected) {
        assertThat(Downloads.disposition(title.replace("\\r\\n", "\r\n"), ext)).isEqualTo(expected);
    }
}
