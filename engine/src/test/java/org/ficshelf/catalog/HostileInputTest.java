package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Collectors;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveOutputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipArchiveOutputStream;
import org.apache.commons.compress.compressors.gzip.GzipCompressorOutputStream;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

/** Hostile archives and files are refused or kept as rejects with a clear reason; the rest imports. */
@OnBothCatalogs
class HostileInputTest {
    @Parameter
    CatalogDb db;

    @TempDir
    Path tmp;

    private static final byte[] STORY = ImportTest.story("Good", "Gil", 4).getBytes(StandardCharsets.UTF_8);

    @Test
    void hostileZipEntriesAreRejectedWhileTheRestImports() throws IOException {
        Path zip = tmp.resolve("in/hostile.zip");
        Files.createDirectories(zip.getParent());
        try (ZipArchiveOutputStream z = new ZipArchiveOutputStream(Files.newOutputStream(zip))) {
            z.setEncoding("windows-1252");
            z.setUseLanguageEncodingFlag(false);
            z.setCreateUnicodeExtraFields(ZipArchiveOutputStream.UnicodeExtraFieldPolicy.NEVER);
            entry(z, "good.txt", STORY);
            entry(z, "../../escape.txt", story("Escape"));
            entry(z, "/etc/absolute.txt", story("Absolute"));
            entry(z, "bomb.txt", new byte[5 << 20]);
            ZipArchiveEntry link = new ZipArchiveEntry("link.txt");
            link.setUnixMode(0120777);
            z.putArchiveEntry(link);
            z.write("/etc/passwd".getBytes(StandardCharsets.US_ASCII));
            z.closeArchiveEntry();
            entry(z, "empty.txt", new byte[0]);
            entry(z, "picture.txt", png());
            entry(z, "Caf\u00e9 au lait.txt", story("Legacy"));
        }
        ImportSummary s = importAll(tmp.resolve("in"));

        assertThat(s.imported()).isEqualTo(2);
        Map<String, String> reasons = reasons(s);
        assertThat(reasons).containsOnlyKeys(zip + "!/../../escape.txt", zip + "!//etc/absolute.txt",
                zip + "!/bomb.txt", zip + "!/link.txt", zip + "!/empty.txt", zip + "!/picture.txt");
        assertThat(reasons.get(zip + "!/../../escape.txt")).contains("zip-slip");
        assertThat(reasons.get(zip + "!//etc/absolute.txt")).contains("zip-slip");
        assertThat(reasons.get(zip + "!/bomb.txt")).contains("compression ratio", "zip bomb");
        assertThat(reasons.get(zip + "!/link.txt")).contains("link", "not followed");
        assertThat(reasons.get(zip + "!/empty.txt")).contains("empty file");
        assertThat(reasons.get(zip + "!/picture.txt")).contains("binary file (PNG image)");
        try (Catalog c = ImportTest.open(db, tmp.resolve("data"))) {
            assertThat(c.work(2).orElseThrow().originals().get(0).path()).endsWith("Caf\u00e9 au lait.txt");
            assertThat(c.rejects()).extracting(Reject::path).containsAll(reasons.keySet());
        }
    }

    @Test
    void hostileTarEntriesAreRejectedWhileTheRestImports() throws IOException {
        Path tgz = tmp.resolve("in/hostile.tar.gz");
        Files.createDirectories(tgz.getParent());
        try (OutputStream f = Files.newOutputStream(tgz);
                TarArchiveOutputStream t = new TarArchiveOutputStream(new GzipCompressorOutputStream(f))) {
            tarEntry(t, "stories/good.txt", STORY);
            tarEntry(t, "../escape.txt", story("Escape"));
            TarArchiveEntry link = new TarArchiveEntry("stories/link.txt", TarArchiveEntry.LF_SYMLINK);
            link.setLinkName("/etc/passwd");
            t.putArchiveEntry(link);
            t.closeArchiveEntry();
            tarEntry(t, "stories/binary.dat", random(4096));
        }
        ImportSummary s = importAll(tmp.resolve("in"));

        assertThat(s.imported()).isEqualTo(1);
        Map<String, String> reasons = reasons(s);
        assertThat(reasons.get(tgz + "!/../escape.txt")).contains("zip-slip");
        assertThat(reasons.get(tgz + "!/stories/link.txt")).contains("link", "not followed");
        assertThat(reasons.get(tgz + "!/stories/binary.dat")).contains("binary file");
    }

    @Test
    void aTarGzBombIsStoppedByTheArchiveBudget() throws IOException {
        Path tgz = tmp.resolve("in/bomb.tgz");
        Files.createDirectories(tgz.getParent());
        try (OutputStream f = Files.newOutputStream(tgz);
                TarArchiveOutputStream t = new TarArchiveOutputStream(new GzipCompressorOutputStream(f))) {
            tarEntry(t, "a.txt", STORY);
            tarEntry(t, "zeros.txt", new byte[8 << 20]);
        }
        ImportSummary s = importAll(tmp.resolve("in"));

        assertThat(s.imported()).isEqualTo(1);
        assertThat(reasons(s).get(tgz + "!/zeros.txt")).contains("zip bomb");
    }

    @Test
    void linksAndEmptyAndBinaryFilesOnDiskAreRejected() throws IOException {
        Path in = tmp.resolve("in");
        ImportTest.write(in, "story.txt", ImportTest.story("Kept", "Kim", 3));
        Files.write(in.resolve("empty.txt"), new byte[0]);
        Files.write(in.resolve("noise.txt"), random(10_000));
        Files.createSymbolicLink(in.resolve("link.txt"), in.resolve("story.txt"));

        ImportSummary s = importAll(in);

        assertThat(s.imported()).isEqualTo(1);
        Map<String, String> reasons = reasons(s);
        assertThat(reasons.get(in + "/empty.txt")).isEqualTo("empty file (0 bytes)");
        assertThat(reasons.get(in + "/noise.txt")).contains("binary file");
        assertThat(reasons.get(in + "/link.txt")).isEqualTo("symbolic link, not followed");
        try (Catalog c = ImportTest.open(db, tmp.resolve("data"))) {
            Reject noise = c.rejects().stream().filter(r -> r.path().endsWith("noise.txt")).findFirst()
                    .orElseThrow();
            assertThat(c.original(noise.sha256()).orElseThrow())
                    .isEqualTo(Files.readAllBytes(in.resolve("noise.txt")));
        }
    }

    @Test
    void nulAndControlCharactersInHeadersAndNamesAreStoredOnEveryDatabase() throws IOException {
        Path in = tmp.resolve("in");
        ImportTest.write(in, "nul\u0001name.txt", "Title: Half\u0000Light\u0007\nAuthor: N\u0000ll\n"
                + "Summary: a\u0000b\n\nThe lamp\u0000 went out over the quay.\n\n"
                + "The rain kept falling on the roof of the old house all night long.\n".repeat(20));
        ImportSummary s = importAll(in);

        assertThat(s.rejects()).isEmpty();
        assertThat(s.imported()).isEqualTo(1);
        try (Catalog c = ImportTest.open(db, tmp.resolve("data"))) {
            StoredWork w = c.work(1).orElseThrow();
            assertThat(w.record().title()).contains("Half").contains("Light");
            assertThat(w.originals().get(0).path()).endsWith("name.txt");
            assertThat(c.stats().works()).isEqualTo(1);
        }
    }

    @Test
    void utf16WithoutByteOrderMarkIsNotBinary() {
        byte[] text = "Title: Quiet\n\nShe waited by the door.\n".getBytes(StandardCharsets.UTF_16LE);
        assertThat(Content.refusal(text)).isNull();
        assertThat(Content.refusal(random(2000))).startsWith("binary file");
    }

    @Test
    void legacyZipNamesAreReadAsWindows1252() {
        byte[] raw = "Caf\u00e9.txt".getBytes(java.nio.charset.Charset.forName("windows-1252"));
        assertThat(ArchiveEntries.name(raw, "?")).isEqualTo("Caf\u00e9.txt");
        assertThat(ArchiveEntries.name("Caf\u00e9.txt".getBytes(StandardCharsets.UTF_8), "?"))
                .isEqualTo("Caf\u00e9.txt");
    }

    private ImportSummary importAll(Path in) throws IOException {
        try (Catalog c = ImportTest.open(db, tmp.resolve("data"))) {
            return c.importPaths(List.of(in), ImportOptions.defaults(), ImportListener.NONE);
        }
    }

    private static Map<String, String> reasons(ImportSummary s) {
        return s.rejects().stream().collect(Collectors.toMap(Reject::path, Reject::reason));
    }

    private static byte[] story(String title) {
        return ImportTest.story(title, "Someone", 2).getBytes(StandardCharsets.UTF_8);
    }

    private static byte[] png() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(new byte[]{(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        b.writeBytes(random(500));
        return b.toByteArray();
    }

    private static byte[] random(int n) {
        byte[] b = new byte[n];
        new Random(7).nextBytes(b);
        return b;
    }

    private static void entry(ZipArchiveOutputStream z, String name, byte[] bytes) throws IOException {
        z.putArchiveEntry(new ZipArchiveEntry(name));
        z.write(bytes);
        z.closeArchiveEntry();
    }

    private static void tarEntry(TarArchiveOutputStream t, String name, byte[] bytes) throws IOException {
        TarArchiveEntry e = new TarArchiveEntry(name, true);
        e.setSize(bytes.length);
        t.putArchiveEntry(e);
        t.write(bytes);
        t.closeArchiveEntry();
    }
}
