package org.ficshelf.testing;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.UserPrincipal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * A private PostgreSQL server for the test JVM: a fresh cluster in a temporary directory,
 * listening on a free loopback port only, without fsync, started once and stopped when the JVM
 * (or the JUnit run) ends. It never touches a system cluster or the default port. When the test
 * runs as root, the server runs as the {@code postgres} user (PostgreSQL refuses root). When it
 * cannot start, it fails with what to install or what went wrong, never skips.
 */
public final class TestPostgres {
    private static final String USER = "ficshelf";
    private static final String DATABASE = "ficshelf_test";
    private static final int START_TRIES = 3;
    private static @Nullable TestPostgres shared;
    private static @Nullable IllegalStateException failed;

    private final Path dir;
    private final Path bin;
    private final List<String> asOwner;
    private final int port;
    private boolean stopped;

    private TestPostgres(Path dir, Path bin, List<String> asOwner, int port) {
        this.dir = dir;
        this.bin = bin;
        this.asOwner = asOwner;
        this.port = port;
    }

    /** The server of this JVM, started on first use; a failure to start fails every later call alike. */
    public static synchronized TestPostgres shared() {
        if (failed != null) {
            throw new IllegalStateException(
                    "the test PostgreSQL could not be started: " + failed.getMessage(),
                    failed);
        }
        if (shared == null) {
            TestPostgres s;
            try {
                s = start();
            } catch (IllegalStateException e) {
                failed = e;
                throw e;
            }
            Runtime.getRuntime().addShutdownHook(new Thread(s::stop, "ficshelf-test-postgres-stop"));
            shared = s;
        }
        return shared;
    }

    /** The server of this JVM if it has been started, else null. */
    public static synchronized @Nullable TestPostgres ifStarted() {
        return shared;
    }

    /** A JDBC URL of the test database, with {@code schema} as the current schema when given. */
    public String url(@Nullable String schema) {
        return "jdbc:postgresql://127.0.0.1:" + port + "/" + DATABASE + "?user=" + USER
                + (schema == null ? "" : "&currentSchema=" + schema);
    }

    /** A connection to the test database, for set-up and checks (the caller closes it). */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url(null));
    }

    public int port() {
        return port;
    }

    /** Stops the server at once and deletes its cluster; later calls do nothing. */
    public synchronized void stop() {
        if (stopped) {
            return;
        }
        stopped = true;
        try {
            run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m",
                    "immediate", "-w", "stop"), "stop");
        } catch (IllegalStateException e) {
            // not running: nothing to stop
        }
        deleteTree(dir);
    }

    private static TestPostgres start() {
        Path bin = binaries().orElseGet(() -> {
            installPackage();
            return binaries().orElseThrow(() -> new IllegalStateException(
                    "PostgreSQL is needed by the catalog tests and its initdb/pg_ctl were not found in "
                            + "/usr/lib/postgresql/*/bin or on PATH; install the Debian package postgresql"));
        });
        boolean root = "root".equals(System.getProperty("user.name"));
        List<String> asOwner = root ? List.of("runuser", "-u", "postgres", "--") : List.of();
        Path dir;
        try {
            dir = Files.createTempDirectory("ficshelf-pg");
            if (root) {
                UserPrincipal postgres = dir.getFileSystem().getUserPrincipalLookupService()
                        .lookupPrincipalByName("postgres");
                Files.setOwner(dir, postgres);
            }
        } catch (IOException e) {
            throw new IllegalStateException("cannot prepare the test PostgreSQL directory: " + e, e);
        }
        TestPostgres server = null;
        try {
            server = new TestPostgres(dir, bin, asOwner, 0);
            server.initdb();
            server = launch(dir, bin, asOwner);
            server.createDatabase();
            return server;
        } catch (RuntimeException e) {
            if (server != null) {
                server.stop();
            }
            deleteTree(dir);
            throw e;
        }
    }

    /** Starts the cluster on a free loopback port; another process taking the port is retried. */
    private static TestPostgres launch(Path dir, Path bin, List<String> asOwner) {
        IllegalStateException last = null;
        for (int i = 0; i < START_TRIES; i++) {
            TestPostgres s = new TestPostgres(dir, bin, asOwner, freePort());
            try {
                s.run(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-l",
                        dir.resolve("server.log").toString(), "-w", "-t", "60", "-o",
                        "-h 127.0.0.1 -p " + s.port + " -k " + dir + " -F -c max_connections=40", "start"),
                        "start");
                return s;
            } catch (IllegalStateException e) {
                last = e;
            }
        }
        throw new IllegalStateException(
                last.getMessage() + "\nserver log:\n" + tail(dir.resolve("server.log")),
                last);
    }

    private void initdb() {
        run(List.of(bin.resolve("initdb").toString(), "-D", dir.resolve("data").toString(), "-U", USER, "-A",
                "trust", "-E", "UTF8", "--no-locale", "--no-sync"), "initdb");
    }

    private void createDatabase() {
        try (Connection c = DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + port + "/postgres?user=" + USER);
                var s = c.createStatement()) {
            s.execute("CREATE DATABASE " + DATABASE);
        } catch (SQLException e) {
            throw new IllegalStateException("the test PostgreSQL started but cannot create its database: "
                    + e.getMessage(), e);
        }
    }

    /** Runs a PostgreSQL program (as the cluster's owner), failing with its output. */
    private void run(List<String> command, String what) {
        List<String> full = new ArrayList<>(asOwner);
        full.addAll(command);
        Path out = dir.getParent().resolve(dir.getFileName() + "-" + what + ".out");
        try {
            Process p = new ProcessBuilder(full).redirectErrorStream(true).redirectOutput(out.toFile())
                    .start();
            if (!p.waitFor(120, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IllegalStateException("PostgreSQL " + what + " did not finish in 120 s");
            }
            if (p.exitValue() != 0) {
                throw new IllegalStateException("PostgreSQL " + what + " failed (" + String.join(" ", full)
                        + ", exit " + p.exitValue() + "):\n" + tail(out));
            }
        } catch (IOException e) {
            throw new IllegalStateException(
                    "cannot run " + full.get(0) + " for PostgreSQL " + what + ": " + e,
                    e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted during PostgreSQL " + what, e);
        } finally {
            try {
                Files.deleteIfExists(out);
            } catch (IOException e) {
                // a stray log in the temporary directory
            }
        }
    }

    /** The directory of initdb and pg_ctl: the newest Debian version, else the one on PATH. */
    private static Optional<Path> binaries() {
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                Optional<Path> newest = versions.filter(v -> v.getFileName().toString().matches("\\d+"))
                        .filter(v -> Files.isExecutable(v.resolve("bin/pg_ctl")))
                        .max(Comparator.comparingInt(v -> Integer.parseInt(v.getFileName().toString())));
                if (newest.isPresent()) {
                    return Optional.of(newest.get().resolve("bin"));
                }
            } catch (IOException e) {
                // fall through to PATH
            }
        }
        String path = System.getenv("PATH");
        for (String d : (path == null ? "" : path).split(java.io.File.pathSeparator)) {
            if (!d.isEmpty() && Files.isExecutable(Path.of(d, "pg_ctl"))
                    && Files.isExecutable(Path.of(d, "initdb"))) {
                return Optional.of(Path.of(d).toAbsolutePath());
            }
        }
        return Optional.empty();
    }

    /** Runs the project's bin/need-packages.sh postgresql, which installs it or says how. */
    private static void installPackage() {
        Path here = Path.of("").toAbsolutePath();
        for (Path d = here; d != null; d = d.getParent()) {
            Path script = d.resolve("bin/need-packages.sh");
            if (Files.isRegularFile(script)) {
                try {
                    Process p = new ProcessBuilder("sh", script.toString(), "postgresql").inheritIO().start();
                    if (p.waitFor() != 0) {
                        throw new IllegalStateException("PostgreSQL is needed by the catalog tests and "
                                + "bin/need-packages.sh could not install it (see its message above)");
                    }
                    return;
                } catch (IOException e) {
                    throw new IllegalStateException("cannot run bin/need-packages.sh: " + e, e);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new IllegalStateException("interrupted while installing PostgreSQL", e);
                }
            }
        }
    }

    private static int freePort() {
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return s.getLocalPort();
        } catch (IOException e) {
            throw new IllegalStateException("no free loopback port for the test PostgreSQL: " + e, e);
        }
    }

    private static String tail(Path log) {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path dir) {
        if (!Files.exists(dir)) {
            return;
        }
        try (Stream<Path> all = Files.walk(dir)) {
            for (Path p : all.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException | RuntimeException e) {
            // a temporary directory left behind; the OS cleans it up
            System.err.println(String.format(Locale.ROOT, "could not delete %s: %s", dir, e));
        }
    }
}
