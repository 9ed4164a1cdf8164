package org.ficshelf.web.e2e;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * Debian's Chromium for the browser tests: installed with the repository's
 * {@code bin/need-packages.sh chromium} when it is not on the machine yet, so a fresh machine needs
 * no manual step; a browser that cannot be had fails the tests with what to do.
 */
final class Chromium {
    /** The Debian package that provides the browser. */
    static final String PACKAGE = "chromium";
    /** Longest wait for apt to fetch and install the browser. */
    private static final long INSTALL_MINUTES = 15;

    private Chromium() {
    }

    /** {@code executable}, installing the package first when it is missing. */
    static Path ensureInstalled(Path executable) throws IOException, InterruptedException {
        if (Files.isExecutable(executable)) {
            return executable;
        }
        Path script = needPackagesScript();
        Path log = Files.createTempFile("ficshelf-need-packages", ".log");
        try {
            Process p = new ProcessBuilder("sh", script.toString(), PACKAGE)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            boolean done = p.waitFor(INSTALL_MINUTES, TimeUnit.MINUTES);
            if (!done) {
                p.destroyForcibly();
            }
            String output = Files.readString(log, StandardCharsets.UTF_8).strip();
            if (!done || p.exitValue() != 0 || !Files.isExecutable(executable)) {
                String why = !done
                        ? "did not finish within " + INSTALL_MINUTES + " minutes"
                        : p.exitValue() != 0
                                ? "failed (exit " + p.exitValue() + ")"
                                : "ran, but there is still no executable there";
                throw new AssertionError("browser tests need Debian's " + PACKAGE + " at " + executable + "; "
                        + script + " " + PACKAGE + " " + why + (output.isEmpty() ? "" : ":\n" + output)
                        + "\n(-Dficshelf.chromium=PATH names another browser; -Dficshelf.e2e=false skips these tests)");
            }
            return executable;
        } finally {
            Files.deleteIfExists(log);
        }
    }

    /** bin/need-packages.sh of the repository, looked for from the working directory upwards. */
    private static Path needPackagesScript() {
        Path dir = Path.of(System.getProperty("basedir", ".")).toAbsolutePath().normalize();
        for (Path d = dir; d != null; d = d.getParent()) {
            Path script = d.resolve("bin/need-packages.sh");
            if (Files.isRegularFile(script)) {
                return script;
            }
        }
        throw new AssertionError("browser tests need Debian's " + PACKAGE
                + " and bin/need-packages.sh was not found above " + dir + " to install it");
    }
}
