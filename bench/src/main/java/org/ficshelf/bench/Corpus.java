package org.ficshelf.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A generated corpus on disk: its story files (everything but the {@code .truth.json} records
 * and notes), walked lazily in a stable order so a million files never sit in memory at once.
 */
final class Corpus {
    private static final ObjectMapper JSON = JsonMapper.builder().build();
    /** The file {@code gen} leaves once a corpus is complete. */
    static final String DONE = "corpus.done";

    private final Path dir;
    /** The sub-folders this corpus is limited to (a chunk of a larger one), or null for all of {@code dir}. */
    private final @Nullable List<Path> folders;

    Corpus(Path dir) {
        this.dir = dir;
        this.folders = null;
    }

    /** The part of the corpus in {@code dir} that these sub-folders of it hold. */
    Corpus(Path dir, List<Path> folders) {
        this.dir = dir;
        this.folders = List.copyOf(folders);
    }

    /** What an import is given: the corpus folder, or the sub-folders of a part. */
    List<Path> roots() {
        return folders != null ? folders : List.of(dir);
    }

    /** The sub-folders of {@code dir} holding stories, sorted, each with how many it holds. */
    static java.util.LinkedHashMap<Path, Integer> storyFolders(Path dir) throws IOException {
        java.util.LinkedHashMap<Path, Integer> out = new java.util.LinkedHashMap<>();
        try (Stream<Path> subs = Files.list(dir)) {
            for (Path sub : subs.filter(Files::isDirectory).sorted().toList()) {
                try (Stream<Path> files = Files.list(sub)) {
                    out.put(sub, (int) files.filter(Corpus::isStory).count());
                }
            }
        }
        return out;
    }

    Path dir() {
        return dir;
    }

    static boolean isStory(Path p) {
        String n = p.getFileName().toString();
        return !n.endsWith(".json") && !n.endsWith(".md") && !n.equals(DONE) && !n.startsWith(".");
    }

    /** Calls {@code each} with every story file, sub-folder by sub-folder, sorted within each. */
    void forEachStory(Consumer<Path> each) throws IOException {
        if (folders != null) {
            for (Path sub : folders) {
                try (Stream<Path> files = Files.list(sub)) {
                    files.filter(Corpus::isStory).sorted().forEach(each);
                }
            }
            return;
        }
        try (Stream<Path> subs = Files.list(dir)) {
            for (Path sub : subs.sorted().toList()) {
                if (Files.isDirectory(sub)) {
                    try (Stream<Path> files = Files.list(sub)) {
                        files.filter(Corpus::isStory).sorted().forEach(each);
                    }
                } else if (isStory(sub)) {
                    each.accept(sub);
                }
            }
        }
    }

    /** The story files of the first {@code n} sub-folders that have any, sorted (for samples). */
    List<Path> firstStories(int max) throws IOException {
        java.util.ArrayList<Path> out = new java.util.ArrayList<>();
        try (Stream<Path> subs = Files.list(dir)) {
            Iterator<Path> it = subs.sorted().iterator();
            while (it.hasNext() && out.size() < max) {
                Path sub = it.next();
                if (Files.isDirectory(sub)) {
                    try (Stream<Path> files = Files.list(sub)) {
                        files.filter(Corpus::isStory).sorted().limit(max - out.size()).forEach(out::add);
                    }
                }
            }
        }
        return out;
    }

    /** Story files and their bytes in all. */
    record Size(long files, long bytes) {
    }

    Size size() throws IOException {
        long[] totals = new long[2];
        forEachStory(p -> {
            try {
                totals[0]++;
                totals[1] += Files.size(p);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return new Size(totals[0], totals[1]);
    }

    /** The ground truth written beside a story file. */
    static GeneratedWork.Truth truth(Path story) throws IOException {
        return JSON.readValue(story.resolveSibling(story.getFileName() + ".truth.json").toFile(),
                GeneratedWork.Truth.class);
    }

    /**
     * The text a baseline with no parsing indexes: UTF-16 when a byte-order mark says so, else
     * UTF-8 with malformed bytes replaced. No format, header or charset detection.
     */
    static String rawText(byte[] b) {
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16LE);
        }
        if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            return new String(b, 2, b.length - 2, StandardCharsets.UTF_16BE);
        }
        return new String(b, StandardCharsets.UTF_8);
    }

    /** Bytes of every regular file under {@code p} (0 when absent). */
    static long diskSize(Path p) throws IOException {
        if (!Files.exists(p)) {
            return 0;
        }
        if (Files.isRegularFile(p)) {
            return Files.size(p);
        }
        try (Stream<Path> walk = Files.walk(p)) {
            return walk.filter(Files::isRegularFile).mapToLong(f -> {
                try {
                    return Files.size(f);
                } catch (IOException e) {
                    return 0; // a file merged away while walking
                }
            }).sum();
        }
    }
}
