package org.ficshelf.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A later slice of a corpus, written on every core, is byte for byte that part of the whole corpus. */
class CorpusSliceTest {
    @TempDir
    Path dir;

    @Test
    void aSliceWrittenInParallelHoldsTheSameFilesAsTheWholeCorpus() throws IOException {
        Path whole = dir.resolve("whole");
        Path slice = dir.resolve("slice");
        CorpusWriter.write(new WorkGenerator(WordModel.load(), 7), 2_040, whole);

        CorpusWriter.Totals totals = Chunks.generate(7, 990, 2_040, slice);

        List<Path> files = files(slice);
        assertThat(totals.works()).isEqualTo(1_050);
        assertThat(files).hasSize(2 * 1_050); // each story beside its truth record
        assertThat(files.stream().map(f -> f.getParent().getFileName().toString()).distinct())
                .containsExactlyInAnyOrder("0000", "0001", "0002");
        long bytes = 0;
        for (Path f : files) {
            Path inWhole = whole.resolve(slice.relativize(f));
            assertThat(Files.readAllBytes(f)).as("%s", f.getFileName())
                    .isEqualTo(Files.readAllBytes(inWhole));
            bytes += f.getFileName().toString().endsWith(".truth.json") ? 0 : Files.size(f);
        }
        assertThat(totals.bytes()).isEqualTo(bytes);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            return s.filter(Files::isRegularFile).sorted().toList();
        }
    }
}
