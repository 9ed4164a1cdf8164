package org.ficshelf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Hostile input never breaks {@link WorkReader#read(byte[], String)}: whatever the bytes, it
 * returns a record that serialises to JSON, without hanging, within the surefire heap. Big
 * inputs are generated here, never committed.
 */
@org.junit.jupiter.api.Tag("memory-bound")
class NeverCrashesTest {
    /** Generous: the point is that nothing hangs or goes quadratic, not a speed target. */
    private static final Duration LIMIT = Duration.ofSeconds(60);
    private static final long ZIP_BOMB_INFLATED = 700L << 20;

    @ParameterizedTest(name = "seed {0} as {1}")
    @CsvSource({"1, noise.txt", "2, noise.html", "3, noise.eml", "4, noise.epub", "5, noise", "6, noise.htm"})
    void randomBytesGiveARecord(long seed, String name) {
        assertReadable(FuzzInputs.randomBytes(seed, 256 * 1024), name);
    }

    @ParameterizedTest(name = "seed {0} as {1}")
    @CsvSource({"11, soup.txt", "12, soup.html", "13, soup.eml", "14, soup.txt"})
    void fragmentSoupGivesARecord(long seed, String name) {
        assertReadable(FuzzInputs.fragmentSoup(seed, 512 * 1024), name);
    }

    @ParameterizedTest
    @ValueSource(longs = {21, 22, 23})
    void truncatedUtf8SequencesGiveARecord(long seed) {
        assertReadable(FuzzInputs.truncatedUtf8(seed), "cut.txt");
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void truncatedUtf16WithLoneSurrogatesGivesARecord(boolean littleEndian) {
        assertReadable(FuzzInputs.truncatedUtf16(littleEndian), "half.txt");
    }

    @Test
    void fiftyMegabyteTextGivesARecord() {
        assertReadable(FuzzInputs.bigText(50 << 20), "huge.txt");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"word ", "a.b", "*", "<i>", "\"1 ", "/x/ ", "Title: "})
    void tenMegabyteSingleLineGivesARecord(String unit) {
        assertReadable(FuzzInputs.singleLine(unit, 10 << 20), "oneline.txt");
    }

    @Test
    void nulBytesThroughoutGiveARecord() {
        assertReadable(FuzzInputs.nulsThroughout(31), "nul.txt");
        assertReadable(new byte[1 << 20], "zeros.txt");
    }

    @Test
    void hundredThousandNestedDivsGiveARecord() {
        assertReadable(FuzzInputs.nestedHtml(100_000), "deep.html");
    }

    @Test
    void millionTinyElementsGiveARecord() {
        assertReadable(FuzzInputs.manyElements(1_000_000), "wide.html");
    }

    @Test
    void brokenZipNamedEpubGivesARecord() throws IOException {
        assertReadable(FuzzInputs.brokenZip(41), "broken.epub");
        assertReadable(FuzzInputs.truncatedEpub(), "truncated.epub");
    }

    @Test
    void zipBombNamedEpubGivesARecord() throws IOException {
        byte[] bomb = FuzzInputs.zipBombEpub(ZIP_BOMB_INFLATED);
        assertThat((long) bomb.length).as("the bomb is small on disk").isLessThan(ZIP_BOMB_INFLATED / 100);
        assertReadable(bomb, "bomb.epub");
    }

    @Test
    void brokenEmailBodiesGiveARecord() {
        assertReadable(FuzzInputs.brokenBase64Email(), "broken.eml");
        assertReadable(FuzzInputs.brokenMultipartEmail(), "multipart.eml");
    }

    @ParameterizedTest(name = "''{0}''")
    @ValueSource(strings = {"", "empty.txt", "empty.html", "empty.eml", "empty.epub", "no-extension"})
    void emptyInputGivesARecord(String name) {
        assertReadable(new byte[0], name);
    }

    @Property(tries = 300)
    void anyBytesGiveARecord(@ForAll @Size(max = 2048) byte[] bytes, @ForAll("names") String name) {
        assertReadable(bytes, name);
    }

    @Property(tries = 200)
    void anyFragmentTextGivesARecord(@ForAll("fragmentText") String text, @ForAll("names") String name) {
        assertReadable(text.getBytes(StandardCharsets.UTF_8), name);
    }

    @Provide
    Arbitrary<String> names() {
        return Arbitraries.of("story.txt", "page.html", "post.eml", "book.epub", "unknown", "");
    }

    @Provide
    Arbitrary<String> fragmentText() {
        Arbitrary<String> piece = Arbitraries.oneOf(Arbitraries.of(FuzzInputs.FRAGMENTS),
                Arbitraries.strings().ofMaxLength(12));
        return piece.list().ofMaxSize(60).map(pieces -> String.join("", pieces));
    }

    private static void assertReadable(byte[] bytes, String name) {
        WorkRecord record = assertTimeoutPreemptively(LIMIT,
                () -> new WorkReader().read(bytes, name).record(),
                () -> name + " (" + bytes.length + " bytes) took longer than " + LIMIT);
        String json = WorkJson.compact(record);
        JsonNode node = assertTimeoutPreemptively(LIMIT, () -> WorkJson.mapper().readTree(json));
        assertThat(node.path("source").path("bytes").asLong()).isEqualTo(bytes.length);
        assertThat(node.path("problems").isArray()).isTrue();
    }
}
