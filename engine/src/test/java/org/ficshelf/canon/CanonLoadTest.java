package org.ficshelf.canon;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CanonLoadTest {

    @Test
    void coversTheBuffyverseAndThirtyOtherFandoms() {
        Canon canon = Canon.bundled();
        Map<String, Integer> perFandom = new HashMap<>();
        for (CanonCharacter c : canon.characters()) {
            c.fandoms().forEach(f -> perFandom.merge(f, 1, Integer::sum));
        }
        long buffyverse = canon.characters().stream()
                .filter(c -> c.fandoms().contains("btvs") || c.fandoms().contains("ats")).count();
        assertThat(buffyverse).isGreaterThanOrEqualTo(80);
        long large = perFandom.entrySet().stream()
                .filter(e -> !e.getKey().equals("btvs") && !e.getKey().equals("ats") && e.getValue() >= 10)
                .count();
        assertThat(large).isGreaterThanOrEqualTo(30);
        assertThat(canon.fandoms()).allSatisfy(f -> assertThat(canon.fandom(f.id())).isPresent());
        for (Ship s : canon.ships()) {
            for (String m : s.members()) {
                assertThat(canon.character(m)).as("ship member %s of %s", m, s.names()).isPresent();
            }
        }
    }

    @Test
    void loadsFastAndSmall() {
        Runtime rt = Runtime.getRuntime();
        System.gc();
        long before = rt.totalMemory() - rt.freeMemory();
        long start = System.nanoTime();
        Canon canon = Canon.load(List.of());
        long millis = (System.nanoTime() - start) / 1_000_000;
        System.gc();
        long heap = (rt.totalMemory() - rt.freeMemory() - before) / 1024;
        System.out.println(String.format(java.util.Locale.ROOT,
                "canon load: %d ms, ~%d KiB heap, %d fandoms, %d characters, %d ships", millis, heap,
                canon.fandoms().size(), canon.characters().size(), canon.ships().size()));
        assertThat(millis).isLessThan(5_000);
        assertThat(canon.characters()).isNotEmpty();
    }

    @Test
    void overrideFolderAddsAndReplacesRows(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("characters-local.tsv"),
                "# local additions\nbtvs\tBuffy Summers\tf\tBuffinator\nbtvs\tAmy's Rat\tf\tRatty\n",
                StandardCharsets.UTF_8);
        Canon canon = Canon.load(List.of(dir));
        assertThat(canon.character("Buffy Summers").orElseThrow().aliases()).containsExactly("Buffinator");
        assertThat(canon.character("Amy's Rat")).isPresent();
        assertThat(names(canon, "Then Buffinator sighed.")).contains("Buffy Summers");
    }

    static List<String> names(Canon canon, String text) {
        List<String> out = new java.util.ArrayList<>();
        canon.names().scan(text, hit -> hit.names().stream().filter(n -> n.kind() == Name.Kind.CHARACTER)
                .forEach(n -> out.add(canon.characters().get(n.target()).name())));
        return out;
    }
}
