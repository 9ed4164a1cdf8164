package org.ficshelf.catalog;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Enumeration;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;
import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.compressors.gzip.GzipCompressorInputStream;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.jspecify.annotations.Nullable;

/**
 * Reads the entries of a zip or tar(.gz) archive into memory, safely: nothing is written to
 * disk, so no entry name can escape a target folder, but names that try to (absolute, "..") are
 * refused as zip-slip all the same; links are refused, not followed; per-entry size, total size,
 * entry count and compression ratio are bounded (zip bombs). Entry names in a legacy encoding
 * are read as windows-1252 when they are not UTF-8.
 */
final class ArchiveEntries {
    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");
    private final ImportLimits limits;
    private final Inputs inputs;
    private long extracted;
    private int entries;

    ArchiveEntries(ImportLimits limits, Inputs inputs) {
        this.limits = limits;
        this.inputs = inputs;
    }

    /** An entry that is refused, with the reason. */
    private static final class Refusal extends Exception {
        private static final long serialVersionUID = 1L;

        Refusal(String reason) {
            super(reason, null, false, false);
        }
    }

    void expand(Path file, String display, ArchiveKind kind, long size, Inputs.Sink sink)
            throws InterruptedException {
        try {
            if (kind == ArchiveKind.ZIP) {
                try (ZipFile zip = ZipFile.builder().setPath(file).setUseUnicodeExtraFields(true).get()) {
                    zip(zip, display, 0, sink);
                }
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    tar(in, display, kind, 0, sink);
                }
            }
            sink.accept(Item.container(display, size));
        } catch (IOException | RuntimeException e) {
            sink.accept(Item.refused(display, "not a readable archive: " + e.getMessage(), size));
        } catch (Refusal r) {
            sink.accept(Item.refused(display, r.getMessage(), size));
        }
    }

    void expandNested(byte[] bytes, String display, ArchiveKind kind, int depth, long diskBytes,
            Inputs.Sink sink)
            throws InterruptedException {
        try {
            if (kind == ArchiveKind.ZIP) {
                try (ZipFile zip = ZipFile.builder()
                        .setSeekableByteChannel(new SeekableInMemoryByteChannel(bytes))
                        .setUseUnicodeExtraFields(true).get()) {
                    zip(zip, display, depth, sink);
                }
            } else {
                tar(new ByteArrayInputStream(bytes), display, kind, depth, sink);
            }
            sink.accept(Item.container(display, diskBytes));
        } catch (IOException | RuntimeException e) {
            sink.accept(Item.refused(display, "not a readable archive: " + e.getMessage(), diskBytes));
        } catch (Refusal r) {
            sink.accept(Item.refused(display, r.getMessage(), diskBytes));
        }
    }

    private void zip(ZipFile zip, String display, int depth, Inputs.Sink sink)
            throws IOException, InterruptedException, Refusal {
        Enumeration<ZipArchiveEntry> all = zip.getEntriesInPhysicalOrder();
        while (all.hasMoreElements()) {
            ZipArchiveEntry e = all.nextElement();
            if (e.isDirectory()) {
                continue;
            }
            String path = display + "!/" + name(e.getRawName(), e.getName());
            String refusal = refusal(e.getName(), e.isUnixSymlink(), false);
            if (refusal != null) {
                sink.accept(Item.refused(path, refusal, 0));
                continue;
            }
            try (InputStream in = zip.getInputStream(e)) {
                entry(in, () -> Math.max(e.getCompressedSize(), 1), path, depth, sink);
            }
        }
    }

    private void tar(InputStream raw, String display, ArchiveKind kind, int depth, Inputs.Sink sink)
            throws IOException, InterruptedException, Refusal {
        Counting counted = new Counting(raw);
        InputStream in = kind == ArchiveKind.TAR_GZ ? new GzipCompressorInputStream(counted) : counted;
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in, "ISO-8859-1")) {
            TarArchiveEntry e;
            while ((e = tar.getNextEntry()) != null) {
                if (e.isDirectory()) {
                    continue;
                }
                String path = display + "!/" + tarName(e.getName());
                String refusal = refusal(e.getName(), e.isSymbolicLink() || e.isLink(), !e.isFile());
                if (refusal != null) {
                    sink.accept(Item.refused(path, refusal, 0));
                    continue;
                }
                entry(tar, () -> Math.max(counted.count, 1), path, depth, sink);
            }
        }
    }

    /** The compressed bytes an entry (zip) or the archive so far (tar.gz) took. */
    @FunctionalInterface
    private interface Compressed {
        long bytes();
    }

    private void entry(InputStream in, Compressed compressed, String path, int depth, Inputs.Sink sink)
            throws IOException, InterruptedException, Refusal {
        if (++entries > limits.maxEntries()) {
            throw new Refusal("more than " + limits.maxEntries() + " entries; the rest were not read");
        }
        byte[] bytes;
        try {
            bytes = read(in, compressed);
        } catch (Refusal r) {
            sink.accept(Item.refused(path, r.getMessage(), 0));
            if (extracted > limits.maxArchiveBytes()) {
                throw new Refusal("more than " + limits.maxArchiveBytes() + " bytes extracted (zip bomb?);"
                        + " the rest were not read");
            }
            return;
        }
        inputs.inner(path, bytes, 0, depth, sink);
    }

    /** Reads one entry within the bounds; refuses it as soon as one is crossed. */
    private byte[] read(InputStream in, Compressed compressed) throws IOException, Refusal {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[64 * 1024];
        long start = extracted;
        int n;
        while ((n = in.read(buf)) > 0) {
            out.write(buf, 0, n);
            extracted += n;
            long size = extracted - start;
            if (size > limits.maxFileBytes()) {
                throw new Refusal(
                        "entry larger than " + limits.maxFileBytes() + " bytes (zip bomb?); not read");
            }
            if (extracted > limits.maxArchiveBytes()) {
                throw new Refusal("archive expands past " + limits.maxArchiveBytes() + " bytes (zip bomb?)");
            }
            long ratio = size / compressed.bytes();
            if (size > limits.ratioFloor() && ratio > limits.maxRatio()) {
                throw new Refusal("compression ratio over " + limits.maxRatio() + ":1 (zip bomb?); not read");
            }
        }
        return out.toByteArray();
    }

    /** Why an entry is refused before reading (zip-slip, links, special files), or null. */
    static @Nullable String refusal(String name, boolean link, boolean special) {
        if (link) {
            return "symbolic or hard link in the archive, not followed";
        }
        if (special) {
            return "not a regular file in the archive (device, pipe)";
        }
        String n = name.replace('\\', '/');
        if (n.startsWith("/") || n.matches("^[A-Za-z]:.*")) {
            return "absolute path in the archive (zip-slip), not extracted";
        }
        for (String segment : n.split("/")) {
            if (segment.equals("..")) {
                return "path escapes the archive with '..' (zip-slip), not extracted";
            }
        }
        return null;
    }

    /** A zip entry's name: UTF-8 when its bytes are, else the legacy windows-1252. */
    static String name(byte @Nullable [] raw, String fallback) {
        if (raw == null) {
            return fallback;
        }
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(raw)).toString();
        } catch (CharacterCodingException e) {
            return new String(raw, WINDOWS_1252);
        }
    }

    /** A tar name read as ISO-8859-1 (byte for byte), re-read as UTF-8 when it is UTF-8. */
    static String tarName(String latin1) {
        for (int i = 0; i < latin1.length(); i++) {
            if (latin1.charAt(i) > 0xFF) {
                return latin1; // a PAX header gave a real Unicode name
            }
        }
        return name(latin1.getBytes(StandardCharsets.ISO_8859_1), latin1);
    }

    /** Counts the bytes read through it (the compressed bytes of a tar.gz). */
    private static final class Counting extends FilterInputStream {
        long count;

        Counting(InputStream in) {
            super(in);
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            count += b >= 0 ? 1 : 0;
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            count += Math.max(n, 0);
            return n;
        }
    }
}
