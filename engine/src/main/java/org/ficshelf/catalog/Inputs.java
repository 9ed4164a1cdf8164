package org.ficshelf.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Turns the paths given to an import into {@link Item}s, in a stable order (folders sorted by
 * name): plain files, the entries of zip and tar.gz archives, the messages of mbox files. Links
 * are never followed; what is not a story by its name is skipped.
 */
final class Inputs {
    /** Receives items as they are found. */
    @FunctionalInterface
    interface Sink {
        void accept(Item item) throws InterruptedException;
    }

    /** How many files and bytes the paths hold on disk, for progress. */
    record Size(long files, long bytes) {
    }

    private static final Set<String> NOT_STORIES = loadNotStories();
    private final ImportLimits limits;
    private final boolean all;

    Inputs(ImportLimits limits, boolean all) {
        this.limits = limits;
        this.all = all;
    }

    /** Walks the paths, giving each item to the sink. */
    void walk(List<Path> roots, Sink sink) throws InterruptedException {
        for (Path root : roots) {
            visit(root, root.toString(), sink);
        }
    }

    static Size measure(List<Path> roots) {
        long[] n = new long[2];
        for (Path root : roots) {
            try (Stream<Path> s = Files.walk(root)) {
                s.forEach(p -> {
                    try {
                        BasicFileAttributes a = Files.readAttributes(p, BasicFileAttributes.class,
                                LinkOption.NOFOLLOW_LINKS);
                        if (a.isRegularFile()) {
                            n[0]++;
                            n[1] += a.size();
                        }
                    } catch (IOException e) {
                        n[0]++;
                    }
                });
            } catch (IOException | UncheckedIOException e) {
                n[0]++;
            }
        }
        return new Size(n[0], n[1]);
    }

    private void visit(Path p, String display, Sink sink) throws InterruptedException {
        BasicFileAttributes a;
        try {
            a = Files.readAttributes(p, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (IOException e) {
            sink.accept(Item.refused(display, "cannot read: " + describe(e), 0));
            return;
        }
        if (a.isSymbolicLink()) {
            sink.accept(Item.refused(display, "symbolic link, not followed", 0));
        } else if (a.isDirectory()) {
            for (Path child : children(p, display, sink)) {
                visit(child, display + "/" + child.getFileName(), sink);
            }
        } else if (!a.isRegularFile()) {
            sink.accept(Item.refused(display, "not a regular file (device, pipe or socket)", 0));
        } else {
            file(p, display, a.size(), sink);
        }
    }

    private static List<Path> children(Path dir, String display, Sink sink) throws InterruptedException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            sink.accept(Item.refused(display, "cannot list folder: " + e.getMessage(), 0));
            return List.of();
        }
    }

    private void file(Path p, String display, long size, Sink sink) throws InterruptedException {
        String name = Item.name(display);
        String skip = skipReason(name);
        if (skip != null) {
            sink.accept(Item.skipped(display, skip, size));
            return;
        }
        ArchiveKind kind = ArchiveKind.of(name);
        if (kind != null) {
            new ArchiveEntries(limits, this).expand(p, display, kind, size, sink);
        } else if (size > limits.maxFileBytes()) {
            sink.accept(Item.refused(display, tooLarge(size), size));
        } else if (Mbox.looksLike(p, name)) {
            mbox(p, display, size, sink);
        } else {
            sink.accept(Item.file(display, p, size));
        }
    }

    private static void mbox(Path p, String display, long size, Sink sink) throws InterruptedException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(p);
        } catch (IOException e) {
            sink.accept(Item.refused(display, "cannot read: " + describe(e), size));
            return;
        }
        Mbox.split(display, bytes, size, sink);
    }

    /** Routes bytes found inside an archive: a nested archive, an mbox, or a file. */
    void inner(String display, byte[] bytes, long diskBytes, int depth, Sink sink)
            throws InterruptedException {
        String name = Item.name(display);
        String skip = skipReason(name);
        ArchiveKind kind = ArchiveKind.of(name);
        if (skip != null) {
            sink.accept(Item.skipped(display, skip, diskBytes));
        } else if (kind != null && depth < limits.maxDepth()) {
            new ArchiveEntries(limits, this).expandNested(bytes, display, kind, depth + 1, diskBytes, sink);
        } else if (kind != null) {
            sink.accept(Item.refused(display, "archive nested deeper than " + limits.maxDepth() + " levels",
                    diskBytes));
        } else if (Mbox.isMbox(bytes, name)) {
            Mbox.split(display, bytes, diskBytes, sink);
        } else {
            sink.accept(Item.bytes(display, name, bytes, diskBytes));
        }
    }

    String tooLarge(long size) {
        return "too large (" + size + " bytes; the limit is " + limits.maxFileBytes() + ")";
    }

    private String skipReason(String name) {
        if (all) {
            return null;
        }
        if (name.startsWith(".")) {
            return "hidden file";
        }
        int dot = name.lastIndexOf('.');
        String ext = dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
        return NOT_STORIES.contains(ext) ? "." + ext + " file" : null;
    }

    static String describe(IOException e) {
        return switch (e) {
            case java.nio.file.NoSuchFileException n -> "no such file or folder";
            case java.nio.file.AccessDeniedException a -> "permission denied";
            default -> String.valueOf(e.getMessage());
        };
    }

    private static Set<String> loadNotStories() {
        try (InputStream in = Inputs.class.getResourceAsStream("not-stories.tsv")) {
            if (in == null) {
                throw new IllegalStateException("not-stories.tsv is missing from the build");
            }
            Set<String> out = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String ext = line.split("\t", 2)[0].strip();
                if (!ext.isEmpty() && !ext.startsWith("#")) {
                    out.add(ext.toLowerCase(Locale.ROOT));
                }
            }
            return Set.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
