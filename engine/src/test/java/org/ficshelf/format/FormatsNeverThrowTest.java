package org.ficshelf.format;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

/** Format readers on hostile bytes: never an exception, bounded memory (run in a JVM of its own). */
@org.junit.jupiter.api.Tag("memory-bound")
class FormatsNeverThrowTest {
    private static final String[] PREFIXES = {"", "PK\u0003\u0004", "From: a@b\nSubject: x\n\n",
            "<html><body>",
            "From x Mon\nPath: a\nContent-Type: multipart/mixed; boundary=q\n\n--q\n"};

    @Property(tries = 200)
    void readsAnyBytesWithoutThrowing(@ForAll @Size(max = 600) byte[] tail, @ForAll int prefix) {
        byte[] head = PREFIXES[Math.floorMod(prefix, PREFIXES.length)].getBytes(StandardCharsets.ISO_8859_1);
        byte[] bytes = new byte[head.length + tail.length];
        System.arraycopy(head, 0, bytes, 0, head.length);
        System.arraycopy(tail, 0, bytes, head.length, tail.length);
        SourceDocument doc = Formats.read(bytes, "x");
        assertThat(doc.problems()).noneMatch(p -> p.code().equals("format-reader-failed"));
    }

    @Test
    void readsATenMegabyteLineOfMarkup() {
        String html = "<p>" + "<i>a</i> ".repeat(1_000_000) + "</p>";
        SourceDocument doc = Formats.read(html.getBytes(StandardCharsets.US_ASCII), "x.html");
        assertThat(doc.lines()).hasSize(1);
        assertThat(doc.lines().get(0).spans()).hasSize(1_000_000);
    }

    @Test
    void readsNulBytesAsText() {
        SourceDocument doc = Formats.read(new byte[]{'a', 0, 0, 'b', '\n', 0}, "x.txt");
        assertThat(doc.format()).isEqualTo("text");
    }
}
