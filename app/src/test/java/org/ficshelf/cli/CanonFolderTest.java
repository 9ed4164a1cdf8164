package org.ficshelf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.ficshelf.canon.Canon;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which canon folder extends the bundled canon: the option, else the environment, else the data directory's. */
class CanonFolderTest {
    @TempDir
    Path tmp;

    private String before;

    @BeforeEach
    void save() {
        before = System.getProperty(Canon.DIR_PROPERTY);
        System.clearProperty(Canon.DIR_PROPERTY);
    }

    @AfterEach
    void restore() {
        if (before == null) {
            System.clearProperty(Canon.DIR_PROPERTY);
        } else {
            System.setProperty(Canon.DIR_PROPERTY, before);
        }
    }

    @Test
    void theDataDirectorysCanonFolderIsUsedWhenNothingElseIsNamed() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data").resolve(CanonFolder.IN_DATA));
        CanonFolder.use(null, data.getParent());
        assertThat(System.getProperty(Canon.DIR_PROPERTY)).isEqualTo(data.toString());
    }

    @Test
    void theOptionWinsOverTheDataDirectory() throws Exception {
        Path data = Files.createDirectories(tmp.resolve("data").resolve(CanonFolder.IN_DATA)).getParent();
        CanonFolder.use(tmp.resolve("mine"), data);
        assertThat(System.getProperty(Canon.DIR_PROPERTY)).isEqualTo(tmp.resolve("mine").toString());
    }

    @Test
    void aFolderAlreadyChosenIsNotReplacedByTheDataDirectorysAndNoFolderMeansNone() throws Exception {
        CanonFolder.use(null, tmp.resolve("no-canon-here"));
        assertThat(System.getProperty(Canon.DIR_PROPERTY)).isNull();
        System.setProperty(Canon.DIR_PROPERTY, "chosen");
        Path data = Files.createDirectories(tmp.resolve("data").resolve(CanonFolder.IN_DATA)).getParent();
        CanonFolder.use(null, data);
        assertThat(System.getProperty(Canon.DIR_PROPERTY)).isEqualTo("chosen");
    }

    @Test
    void anImportTagsCharactersFromTheDataDirectorysCanonFolder() throws Exception {
        Path data = tmp.resolve("data");
        Path canon = Files.createDirectories(data.resolve(CanonFolder.IN_DATA));
        Files.writeString(canon.resolve("fandoms-local.tsv"),
                "quillmoor\tThe Quillmoor Chronicles - Test Author\tBooks\tquillmoor\tQMC\tTest Author\tQuillmoor\n",
                StandardCharsets.UTF_8);
        Files.writeString(canon.resolve("characters-local.tsv"),
                "quillmoor\tOssian Vantreel\tm\tOssian|Vantreel\n", StandardCharsets.UTF_8);
        Path story = Files.createDirectories(tmp.resolve("in")).resolve("story.txt");
        Files.writeString(story, "Title: The Ferry\nAuthor: Wren\nFandom: QMC\n\n"
                + "Ossian Vantreel took the ferry across the grey lake. Ossian watched the far shore.\n\n"
                + "Vantreel had never liked water, and Ossian said so to nobody.\n", StandardCharsets.UTF_8);

        assertThat(cli("import", "--data", data.toString(), story.getParent().toString())).contains("1");
        String record = cli("show", "--data", data.toString(), "--json", "1");
        assertThat(record).contains("Ossian Vantreel").contains("The Quillmoor Chronicles - Test Author");
    }

    /** Runs the CLI in a JVM of its own: the canon is read once per process. */
    private String cli(String... args) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        String cp = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        List<String> cmd = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1",
                "--enable-native-access=ALL-UNNAMED", "-cp", cp, Main.class.getName()));
        cmd.addAll(List.of(args));
        Process p = new ProcessBuilder(cmd).redirectError(new File("/dev/null")).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", args) + "\n" + out).isZero();
        return out;
    }
}
