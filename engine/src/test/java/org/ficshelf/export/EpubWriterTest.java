package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.ficshelf.export.TestWorks.chapter;
import static org.ficshelf.export.TestWorks.withRef;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ficshelf.Footnote;
import org.ficshelf.Work;
import org.ficshelf.WorkReader;
import org.ficshelf.doc.Paragraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@org.junit.jupiter.api.Tag(EpubCheckSupport.TAG)
class EpubWriterTest {
    @TempDir
    Path tmp;

    static Stream<Path> corpusFiles() {
        List<Path> files = new ArrayList<>(EpubCheckSupport.corpus("samples/stories", "*"));
        files.addAll(EpubCheckSupport.corpus("shared/corpus/dev", "input.*"));
        return files.stream();
    }

    @Test
    void findsTheCorpora() {
        assertThat(corpusFiles().filter(p -> p.toString().contains("samples")))
                .hasSizeGreaterThanOrEqualTo(10);
        assertThat(corpusFiles().filter(p -> p.toString().contains("dev"))).hasSizeGreaterThanOrEqualTo(16);
    }

    @ParameterizedTest
    @MethodSource("corpusFiles")
    void exportsEveryCorpusWorkAsAValidEpub(Path file) throws IOException {
        Work work = new WorkReader().read(file);
        EpubCheckSupport.assertValid(EpubCheckSupport.epub(work), tmp, file.getParent().getFileName() + "-"
                + file.getFileName());
    }

    @Test
    void writesTheMimetypeFirstAndStored() throws IOException {
        byte[] epub = EpubCheckSupport
                .epub(TestWorks.work("T", List.of(), List.of(chapter(null, Paragraph.plain("x", 1)))));
        assertThat(new String(epub, 30, 28, StandardCharsets.US_ASCII))
                .isEqualTo("mimetypeapplication/epub+zip");
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            ZipEntry first = zip.getNextEntry();
            assertThat(first.getName()).isEqualTo("mimetype");
            assertThat(first.getMethod()).isEqualTo(ZipEntry.STORED);
        }
    }

    @Test
    void derivesAStableIdentifierFromTheSource() {
        Work work = TestWorks.work("T", List.of(), List.of());
        assertThat(EpubWriter.identifier(work.record())).isEqualTo(EpubWriter.identifier(work.record()))
                .matches("urn:uuid:[0-9a-f-]{36}");
    }

    @Test
    void describesTheWorkInDublinCore() throws IOException {
        Work work = TestWorks.work("Tag", List.of(new Footnote("1", "n")),
                List.of(chapter("One", withRef("a", "1", "1")), chapter("Two", Paragraph.plain("b", 2))));
        Map<String, String> files = unzip(EpubCheckSupport.epub(work));
        String opf = files.get("OEBPS/content.opf");
        assertThat(opf).contains("<dc:title>Tag</dc:title>", "<dc:creator>Tag</dc:creator>",
                "<dc:creator>Second Tag</dc:creator>", "<dc:language>en</dc:language>",
                "<dc:subject>Mature</dc:subject>", "<dc:subject>Tag/Other</dc:subject>",
                "<dc:description>Tag</dc:description>", "2026-01-02T03:04:05Z");
        assertThat(files).containsKeys("OEBPS/chapter-001.xhtml", "OEBPS/chapter-002.xhtml",
                "OEBPS/notes.xhtml",
                "OEBPS/title.xhtml", "OEBPS/nav.xhtml");
        assertThat(files.get("OEBPS/title.xhtml")).contains("<dl class=\"work-meta\">");
        assertThat(files.get("OEBPS/chapter-001.xhtml")).contains("href=\"notes.xhtml#fn-1\"");
        assertThat(files.get("OEBPS/notes.xhtml")).contains("href=\"chapter-001.xhtml#fnref-1\"");
    }

    @Test
    void validatesAWorkWithFootnotesAndNoLanguage() throws IOException {
        Work work = TestWorks.work("T", List.of(new Footnote("*", "aside"), new Footnote("2", "unused")),
                List.of(chapter("One", withRef("a", "*", "*"), TestWorks.sceneBreak()),
                        chapter(null, Paragraph.plain("b", 2))));
        Work noLanguage = new Work(
                TestWorks.record("T", work.record().footnotes(), work.record().chapters(), null),
                work.body());
        EpubCheckSupport.assertValid(EpubCheckSupport.epub(noLanguage), tmp, "footnotes");
    }

    @Test
    void validatesAnEmptyWork() throws IOException {
        Work empty = new Work(TestWorks.record("", List.of(), List.of(), "zz-!!"),
                org.ficshelf.doc.Document.empty());
        EpubCheckSupport.assertValid(EpubCheckSupport.epub(empty), tmp, "empty");
    }

    static Map<String, String> unzip(byte[] epub) throws IOException {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(epub))) {
            for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
                files.put(e.getName(), new String(zip.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
