package org.ficshelf.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Writes a generated corpus to a folder, streaming: one work at a time, a thousand files per
 * sub-folder, each file beside its {@code .truth.json}. Memory stays flat whatever the size.
 */
final class CorpusWriter {
    private static final ObjectMapper JSON = JsonMapper.builder().build();

    /** Totals of a written corpus. */
    record Totals(long works, long bytes) {
        Totals plus(Totals other) {
            return new Totals(works + other.works, bytes + other.bytes);
        }
    }

    private CorpusWriter() {
    }

    static Totals write(WorkGenerator generator, long works, Path out) throws IOException {
        return write(generator, 0, works, out);
    }

    /**
     * Writes works {@code from} (inclusive) to {@code to} (exclusive), in the same sub-folders and
     * with the same bytes as a whole corpus would hold them: parts written apart make up the same corpus.
     */
    static Totals write(WorkGenerator generator, long from, long to, Path out) throws IOException {
        long bytes = 0;
        for (long i = from; i < to; i++) {
            GeneratedWork work = generator.generate(i);
            Path dir = out.resolve(String.format(Locale.ROOT, "%04d", i / 1000));
            Files.createDirectories(dir);
            Files.write(dir.resolve(work.fileName()), work.bytes());
            Files.write(dir.resolve(work.fileName() + ".truth.json"), JSON.writeValueAsBytes(work.truth()));
            bytes += work.bytes().length;
        }
        return new Totals(to - from, bytes);
    }
}
