package org.ficshelf.format;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.ficshelf.ProblemList;

/**
 * The text entries of a zip held in memory, read with bounds: entry count, total uncompressed
 * bytes and compression ratio are capped, so a zip bomb yields a {@code zip-bomb} problem and the
 * entries read so far, never an out-of-memory error.
 */
final class EpubZip {
    static final int MAX_ENTRIES = 10_000;
    static final long MAX_TOTAL = 200L * 1024 * 1024;
    static final long MAX_RATIO = 100;
    /** The ratio is only judged once this much has been inflated: tiny files compress oddly. */
    static final long RATIO_FLOOR = 1024 * 1024;

    private EpubZip() {
    }

    /** Text entries (by name) of the zip; problems for a broken or hostile archive. */
    static Map<String, byte[]> entries(byte[] zip, ProblemList problems) {
        return entries(zip, problems, MAX_TOTAL);
    }

    static Map<String, byte[]> entries(byte[] zip, ProblemList problems, long maxTotal) {
        Map<String, byte[]> out = new LinkedHashMap<>();
        ByteArrayInputStream source = new ByteArrayInputStream(zip);
        long total = 0;
        int count = 0;
        byte[] buffer = new byte[16 * 1024];
        try (ZipInputStream in = new ZipInputStream(source)) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                if (++count > MAX_ENTRIES) {
                    problems.add(0, 0, "zip-bomb", "the archive has more than " + MAX_ENTRIES + " entries");
                    return out;
                }
                String name = normalise(entry.getName());
                boolean keep = !entry.isDirectory() && isText(name);
                ByteArrayOutputStream data = new ByteArrayOutputStream();
                for (int n = in.read(buffer); n > 0; n = in.read(buffer)) {
                    total += n;
                    long compressed = Math.max(1, zip.length - source.available());
                    if (total > maxTotal || (total > RATIO_FLOOR && total / compressed > MAX_RATIO)) {
                        problems.add(0, 0, "zip-bomb", "the archive inflates beyond safe bounds (" + total
                                + " bytes from " + compressed + "); reading stopped at " + name);
                        return out;
                    }
                    if (keep) {
                        data.write(buffer, 0, n);
                    }
                }
                if (keep && name != null) {
                    out.putIfAbsent(name, data.toByteArray());
                }
            }
        } catch (IOException | RuntimeException e) {
            problems.add(0, 0, "bad-epub", "the zip archive is damaged: " + e.getMessage());
        }
        return out;
    }

    private static boolean isText(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals("mimetype") || n.endsWith(".xhtml") || n.endsWith(".html") || n.endsWith(".htm")
                || n.endsWith(".xml") || n.endsWith(".opf") || n.endsWith(".ncx");
    }

    /** A path inside the archive without leading slash, {@code .} or {@code ..} segments. */
    static String normalise(String path) {
        String[] parts = path.replace('\\', '/').split("/");
        java.util.ArrayDeque<String> stack = new java.util.ArrayDeque<>();
        for (String p : parts) {
            if (p.isEmpty() || p.equals(".")) {
                continue;
            }
            if (p.equals("..")) {
                stack.pollLast();
            } else {
                stack.addLast(p);
            }
        }
        return String.join("/", stack);
    }
}
