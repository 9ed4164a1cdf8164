package org.ficshelf.catalog;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.ficshelf.WorkReader;
import org.jspecify.annotations.Nullable;

/**
 * The originals store: the bytes of every imported file, as given, at
 * {@code originals/ab/cd/abcd...} by their SHA-256. Files are never changed.
 *
 * <p>Storing is a group commit in two steps, so that forcing files to disk is paid once per
 * batch rather than once per file on the parser threads. {@link #put} writes the bytes to a
 * temporary file in {@code originals/.tmp} (not forced) and returns a {@link Pending}; {@link
 * #makeDurable} then, for a whole batch, forces each temporary file, renames it atomically to its
 * address and forces each directory that gained an entry. A reader therefore sees either no file
 * or the whole file at an address, even after a crash or power cut.
 *
 * <p>The invariant the catalog relies on: <em>an original is durable before the catalog refers to
 * it</em>. The catalog writer calls {@link #makeDurable} on every original of a batch before it
 * commits the transaction that inserts their rows; a crash in between leaves only unreferenced
 * files (harmless: the next import of the same bytes finds them) or temporary files, which
 * {@link #sweepTemporaries} removes.
 */
final class Originals {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** The folder of temporary files, on the same file system as the store so renames are atomic. */
    static final String TEMP_DIR = ".tmp";
    private static final int SYNC_THREADS = 8;
    private static final String TEMP_PREFIX = ".tmp-";
    /** Threads that wait on the disk for {@link #makeDurable}; idle ones end. */
    private static final ExecutorService SYNCERS = syncers();
    private final Path root;
    private final Path temp;

    Originals(Path root) throws IOException {
        this.root = root;
        this.temp = root.resolve(TEMP_DIR);
        Files.createDirectories(root);
    }

    /**
     * What storing some bytes gave: their address, and the temporary file still to be made
     * durable (null when the store already held them).
     */
    record Put(String sha, @Nullable Pending pending) {
        /** True when the store already held these bytes before this put. */
        boolean existed() {
            return pending == null;
        }
    }

    /** Bytes written to a temporary file, not yet durable nor at their address. */
    record Pending(String sha, Path temp) {
    }

    /** Writes the bytes to a temporary file unless the store already holds them; see the class comment. */
    Put put(byte[] bytes) throws IOException {
        String sha = WorkReader.sha256(bytes);
        Path target = path(sha);
        if (Files.isRegularFile(target) && Files.size(target) == bytes.length) {
            return new Put(sha, null);
        }
        Files.createDirectories(temp);
        Path file = Files.createTempFile(temp, TEMP_PREFIX, ".part");
        try {
            write(file, bytes);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(file);
            throw e;
        }
        return new Put(sha, new Pending(sha, file));
    }

    /**
     * Makes a batch of pending originals durable at their addresses: forces every file, renames
     * each into place, then forces every directory that gained an entry (and the parents of
     * directories created here). Returns only when all of it is on disk.
     */
    void makeDurable(List<Pending> batch) throws IOException {
        if (batch.isEmpty()) {
            return;
        }
        forceAll(batch.stream().map(Pending::temp).toList(), false);
        Set<Path> dirs = new LinkedHashSet<>();
        for (Pending p : batch) {
            place(p, dirs);
        }
        forceAll(List.copyOf(dirs), true);
    }

    /**
     * Forces files (or directories) concurrently: each force waits for the disk, and concurrent
     * ones share the file system's journal commits, so a batch costs a few waits, not one each.
     */
    private static void forceAll(List<Path> paths, boolean directories) throws IOException {
        if (paths.size() == 1) {
            force(paths.get(0), directories);
            return;
        }
        List<Future<?>> forced = new ArrayList<>(paths.size());
        for (Path p : paths) {
            forced.add(SYNCERS.submit(() -> {
                force(p, directories);
                return null;
            }));
        }
        for (Future<?> f : forced) {
            await(f);
        }
    }

    private static void await(Future<?> f) throws IOException {
        try {
            f.get();
        } catch (ExecutionException e) {
            throw e.getCause() instanceof IOException io ? io : new IOException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterruptedIOException("interrupted while forcing originals to disk");
        }
    }

    /** Drops pending files that will not be used (a failed batch); the bytes are imported again next time. */
    void discard(List<Pending> batch) {
        for (Pending p : batch) {
            try {
                Files.deleteIfExists(p.temp());
            } catch (IOException e) {
                // swept at the next import
            }
        }
    }

    /** The stored bytes, if present. */
    Optional<byte[]> get(String sha) throws IOException {
        Path p = path(sha);
        return Files.isRegularFile(p) ? Optional.of(Files.readAllBytes(p)) : Optional.empty();
    }

    boolean contains(String sha) {
        return Files.isRegularFile(path(sha));
    }

    /** Every stored address, sorted (temporary files are ignored). */
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

    /**
     * Removes the temporary files a killed import left behind. Cheap whatever the store's size:
     * they all live in one folder. Call it only while holding the import lock.
     */
    void sweepTemporaries() throws IOException {
        if (!Files.isDirectory(temp)) {
            return;
        }
        try (var files = Files.list(temp)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                Files.deleteIfExists(p);
            }
        }
    }

    Path path(String sha) {
        if (!SHA256.matcher(sha).matches()) {
            throw new IllegalArgumentException("not a SHA-256 address: " + sha);
        }
        return root.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
    }

    /** Renames a forced temporary file to its address, noting the directories to force. */
    private void place(Pending p, Set<Path> dirs) throws IOException {
        Path target = path(p.sha());
        Path dir = target.getParent();
        if (!Files.isDirectory(dir)) {
            Files.createDirectories(dir);
            dirs.add(root);
            dirs.add(dir.getParent());
        }
        if (Files.isRegularFile(target) && Files.size(target) == Files.size(p.temp())) {
            Files.delete(p.temp()); // the same bytes came twice in one batch
            return;
        }
        move(p.temp(), target);
        dirs.add(dir);
    }

    private static ExecutorService syncers() {
        ThreadPoolExecutor pool = new ThreadPoolExecutor(SYNC_THREADS, SYNC_THREADS, 10, TimeUnit.SECONDS,
                new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, "ficshelf-fsync");
                    t.setDaemon(true);
                    return t;
                });
        pool.allowCoreThreadTimeOut(true);
        return pool;
    }

    private static void write(Path file, byte[] bytes) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE,
                StandardOpenOption.TRUNCATE_EXISTING)) {
            ByteBuffer buf = ByteBuffer.wrap(bytes);
            while (buf.hasRemaining()) {
                ch.write(buf);
            }
        }
    }

    private static void move(Path temp, Path target) throws IOException {
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (FileAlreadyExistsException e) {
            Files.deleteIfExists(temp); // another writer stored the same bytes first
        } catch (AtomicMoveNotSupportedException e) {
            throw new CatalogException("the data directory's file system cannot rename atomically", e);
        }
    }

    /**
     * Forces a file or a directory entry to disk; some platforms cannot open a directory, which
     * is fine there (Windows: its rename is durable on its own).
     */
    private static void force(Path p, boolean directory) throws IOException {
        try (FileChannel ch = FileChannel.open(p,
                directory ? StandardOpenOption.READ : StandardOpenOption.WRITE)) {
            ch.force(true);
        } catch (IOException | UnsupportedOperationException e) {
            if (!directory) {
                throw e instanceof IOException io ? io : new IOException(e);
            }
        }
    }
}
