package org.ficshelf.search.lucene;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.ficshelf.search.IndexedWork;
import org.ficshelf.search.SearchException;
import org.ficshelf.search.SearchQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A read-only view beside a writer: no lock taken, each commit seen, writes refused. */
class LuceneReaderTest {
    @TempDir
    Path dir;

    private static IndexedWork work(long id, String title, String text) {
        return new IndexedWork(id, title, List.of("Quillon"), null, List.of(), List.of("Firefly"), List.of(),
                List.of(), List.of(), "General Audiences", List.of(), List.of(), "en", 2, true,
                Instant.parse("2024-05-01T10:00:00Z"), List.of(text));
    }

    @Test
    void readsBesideAWriterAndSeesItsCommitsButNotItsUncommittedWrites() {
        try (LuceneBackend writer = LuceneBackend.open(dir)) {
            writer.index(work(1, "Kept", "The lantern swung."));
            writer.commit();
            try (LuceneReader reader = LuceneReader.open(dir)) {
                assertThat(reader.count()).isEqualTo(1);

                writer.index(work(2, "Later", "The lantern fell."));
                writer.refresh();
                reader.refresh();
                assertThat(reader.count()).as("not committed yet").isEqualTo(1);

                writer.commit();
                reader.refresh();
                assertThat(reader.count()).isEqualTo(2);
                assertThat(reader.search(SearchQuery.of("fell")).hits()).extracting(h -> h.title())
                        .containsExactly("Later");
            }
        }
    }

    @Test
    void refusesWrites() {
        try (LuceneBackend writer = LuceneBackend.open(dir)) {
            writer.commit();
        }
        try (LuceneReader reader = LuceneReader.open(dir)) {
            assertThatThrownBy(() -> reader.index(work(1, "No", "no"))).isInstanceOf(SearchException.class)
                    .extracting(e -> ((SearchException) e).reason())
                    .isEqualTo(SearchException.Reason.READ_ONLY);
            assertThatThrownBy(reader::commit).isInstanceOf(SearchException.class);
        }
    }

    @Test
    void aMissingIndexIsAClearError() {
        assertThatThrownBy(() -> LuceneReader.open(dir.resolve("none"))).isInstanceOf(SearchException.class)
                .hasMessageContaining("no search index");
        assertThatThrownBy(() -> LuceneReader.open(dir)).isInstanceOf(SearchException.class)
                .hasMessageContaining("no search index");
    }
}
