package org.ficshelf.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.ficshelf.Archive;
import org.ficshelf.catalog.ImportListener;
import org.ficshelf.catalog.ImportOptions;
import org.ficshelf.catalog.ImportSummary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code ficshelf demo}: imports the sample stories bundled with the app into a data directory
 * (once: a second run finds them present) and serves it.
 */
@Command(name = "demo", mixinStandardHelpOptions = true, description = "Imports the bundled sample stories into a data directory and serves it.")
final class DemoCommand implements Callable<Integer> {
    /** Where the build puts the sample stories inside the app (see app/pom.xml). */
    static final String BUNDLED = "org/ficshelf/demo/stories/";

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "demo-data", description = "the demo's data directory (default: ${DEFAULT-VALUE})")
    Path data = Path.of("demo-data");

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "the address to listen on (default: ${DEFAULT-VALUE})")
    String host = "127.0.0.1";

    @Option(names = "--no-serve", description = "import the samples and stop, without serving")
    boolean noServe;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        Path stories = extract(data.resolve("samples"));
        try (Archive archive = Indexes.open(data)) {
            ImportSummary s = archive.importPaths(List.of(stories), ImportOptions.defaults(),
                    ImportListener.NONE);
            out.printf(java.util.Locale.ROOT,
                    "Sample corpus: %d imported, %d already present, %d assembled, %d rejected; %d works%n",
                    s.imported(), s.alreadyPresent(), s.assembled(), s.rejected(), archive.stats().works());
            out.flush();
        }
        if (noServe) {
            return 0;
        }
        return ServeCommand.serve(out, Indexes.openForServing(data, null), host, port);
    }

    /** Copies the bundled stories into {@code dir} (kept: the catalog remembers where originals came from). */
    static Path extract(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String name : bundled()) {
            Path target = dir.resolve(name);
            if (Files.exists(target)) {
                continue;
            }
            try (InputStream in = DemoCommand.class.getClassLoader().getResourceAsStream(BUNDLED + name)) {
                if (in == null) {
                    throw new IOException("the bundled sample " + name + " is missing from the app");
                }
                Files.copy(in, target, StandardCopyOption.REPLACE_EXISTING);
            }
        }
        return dir;
    }

    /** The names of the bundled stories, from the app's jar or its classes directory. */
    static List<String> bundled() throws IOException {
        Path location;
        try {
            location = Path.of(DemoCommand.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException | SecurityException e) {
            throw new IOException("cannot find the app's bundled samples: " + e.getMessage(), e);
        }
        if (Files.isDirectory(location)) {
            Path dir = location.resolve(BUNDLED);
            if (!Files.isDirectory(dir)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(dir)) {
                return files.filter(Files::isRegularFile).map(p -> p.getFileName().toString()).sorted()
                        .toList();
            }
        }
        try (JarFile jar = new JarFile(location.toFile())) {
            return jar.stream().map(JarEntry::getName)
                    .filter(n -> n.startsWith(BUNDLED) && n.length() > BUNDLED.length() && !n.endsWith("/"))
                    .map(n -> n.substring(BUNDLED.length())).filter(n -> !n.contains("/")).sorted().toList();
        }
    }
}
