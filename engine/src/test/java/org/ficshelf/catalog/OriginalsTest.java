package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.ficshelf.WorkReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The originals store's group commit: nothing at an address until its batch is made durable. */
class OriginalsTest {
    @TempDir
    Path tmp;

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aPutOriginalAppearsAtItsAddressOnlyOnceItsBatchIsDurable() throws Exception {
        Originals store = new Originals(tmp);
        Originals.Put put = store.put(bytes("the lamp flickered"));
        assertThat(put.existed()).isFalse();
        assertThat(put.sha()).isEqualTo(WorkReader.sha256(bytes("the lamp flickered")));
        assertThat(store.contains(put.sha())).isFalse();

        store.makeDurable(List.of(Objects.requireNonNull(put.pending())));

        assertThat(store.get(put.sha()))
                .hasValueSatisfying(b -> assertThat(b).isEqualTo(bytes("the lamp flickered")));
        assertThat(temporaries()).isEmpty();
        assertThat(store.list()).containsExactly(put.sha());
    }

    @Test
    void bytesAlreadyStoredAreNotWrittenAgain() throws Exception {
        Originals store = new Originals(tmp);
        store.makeDurable(List.of(Objects.requireNonNull(store.put(bytes("once")).pending())));
        Originals.Put again = store.put(bytes("once"));
        assertThat(again.existed()).isTrue();
        assertThat(again.pending()).isNull();
    }

    @Test
    void theSameBytesTwiceInOneBatchLeaveOneFileAndNoTemporaries() throws Exception {
        Originals store = new Originals(tmp);
        Originals.Put a = store.put(bytes("twice"));
        Originals.Put b = store.put(bytes("twice"));
        store.makeDurable(List.of(Objects.requireNonNull(a.pending()), Objects.requireNonNull(b.pending())));
        assertThat(store.list()).containsExactly(a.sha());
        assertThat(temporaries()).isEmpty();
    }

    @Test
    void sweepingAndDiscardingRemoveTemporariesOnly() throws Exception {
        Originals store = new Originals(tmp);
        Originals.Put kept = store.put(bytes("kept"));
        store.makeDurable(List.of(Objects.requireNonNull(kept.pending())));
        Originals.Put left = store.put(bytes("left by a killed import"));
        Originals.Put dropped = store.put(bytes("dropped"));
        assertThat(temporaries()).hasSize(2);

        store.discard(List.of(Objects.requireNonNull(dropped.pending())));
        assertThat(temporaries()).hasSize(1);
        store.sweepTemporaries();

        assertThat(temporaries()).isEmpty();
        assertThat(store.list()).containsExactly(kept.sha());
        assertThat(store.contains(left.sha())).isFalse();
    }

    private List<Path> temporaries() throws Exception {
        try (Stream<Path> s = Files.walk(tmp)) {
            return s.filter(p -> p.getFileName().toString().startsWith(".tmp-")).toList();
        }
    }
}
