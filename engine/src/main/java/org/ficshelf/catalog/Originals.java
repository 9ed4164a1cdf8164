package org.ficshelf.catalog;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.ficshelf.WorkReader;

/**
 * The originals store: the bytes of every imported file, as given, at
 * {@code originals/ab/cd/abcd...} by their SHA-256. A file is written to a temporary file in its
 * final directory, forced to disk, then atomically renamed, and the directory forced: a reader
 * sees either no file or the whole file, even after a crash. Files are never changed.
 */
final class Originals {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path root;

    Originals(Path root) throws IOException {
        this.root = root;
        Files.createDirectories(root);
    }

    /** Stores the bytes unless already present; returns their address. */
    String put(byte[] bytes) throws IOException {
        String sha = WorkReader.sha256(bytes);
        Path target = path(sha);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return sha;
        }
        Path dir = target.getParent();
        Files.createDirectories(dir);
        Path temp = Files.createTempFile(dir, ".tmp-", ".part");
        try {
            write(temp, bytes);
            move(temp, target);
            force(dir);
        } finally {
            Files.deleteIfExists(temp);
        }
        return sha;
    }

    /** The stored bytes, if present. */
    Optional<byte[]> get(String sha) throws IOException {
        Path p = path(sha);
        return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    }

    boolean contains(String sha) {
        return Files.isRegularFile(path(sha));
    }

    /** Every stored address, sorted (leftover temporary files are ignored). */
    List<String> list() throws IOException {
        List<String> out = new ArrayList<>();
        try (var walk = Files.walk(root, 3)) {
            walk.filter(Files::isRegularFile)
                    .map(p -> p.getFileName().toString())
                    .filter(n -> SHA256.matcher(n).matches())
                    .forEach(out::add);
        }
        out.sort(null);
        return out;
    }

    /** Removes temporary files a killed import left behind. */
    void sweepTemporaries() throws IOException {
        try (var walk = Files.walk(root, 3)) {
            for (Path p : (Iterable<Path>) walk::iterator) {
                if (p.getFileName().toString().startsWith(".tmp-")) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    Path path(String sha) {
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    private static void write(Path temp, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(temp, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
            ch.force(true);
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            // Another writer stored the same bytes first: same address, same content.
        } catch (AtomicMoveNotSupportedException e) {
            throw new CatalogException("the data directory's file system cannot rename atomically", e);
        }
    }

    /** Forces a directory entry to disk; some platforms cannot open a directory, which is fine. */
    private static void force(Path dir) {
        try (FileChannel ch = FileChannel.open(dir, StandardOpenOption.READ)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            // Best effort: Windows cannot open directories; its rename is durable on its own.
        }
    }
}
