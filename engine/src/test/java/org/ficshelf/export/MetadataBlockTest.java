package org.ficshelf.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.ficshelf.ChapterInfo;
import org.ficshelf.WorkRecord;
import org.junit.jupiter.api.Test;

class MetadataBlockTest {

    @Test
    void listsEntriesInAo3OrderWithProvenance() {
        WorkRecord r = TestWorks.record("X", List.of(), List.of(new ChapterInfo(null, 5)), "de");
        MetadataBlock block = MetadataBlock.of(r);
        assertThat(block.entries()).extracting(MetadataBlock.Entry::key).containsExactly("rating", "warnings",
                "categories", "fandoms", "relationships", "characters", "tags", "language", "words",
                "chapters",
                "complete", "summary", "notes");
        assertThat(block.entry("language").values()).containsExactly("German");
        assertThat(block.entry("fandoms").inferred()).isTrue();
        assertThat(block.entry("fandoms").source().confidence()).isEqualTo(0.7);
        assertThat(block.entry("rating").inferred()).isFalse();
        assertThat(block.tagsAndStats()).noneMatch(MetadataBlock.Entry::longText);
    }

    @Test
    void showsUnknownChapterTotalWhileUnfinished() {
        WorkRecord done = TestWorks.record("X", List.of(),
                List.of(new ChapterInfo(null, 5), new ChapterInfo(null, 5)),
                "en");
        WorkRecord open = new WorkRecord(done.source(), done.title(), done.authors(), null, List.of(), null,
                null,
                List.of(), List.of(), List.of(), List.of(), List.of(), null, 10, null, null, done.chapters(),
                List.of(),
                List.of(), done.stated(), done.fields(), List.of());
        assertThat(MetadataBlock.of(done).entry("chapters").values()).containsExactly("2/2");
        MetadataBlock unfinished = MetadataBlock.of(open);
        assertThat(unfinished.entry("chapters").values()).containsExactly("2/?");
        assertThat(unfinished.entry("complete").values()).containsExactly("Unknown");
        assertThat(unfinished.entry("fandoms")).isNull();
        assertThat(unfinished.entry("summary")).isNull();
    }
}
