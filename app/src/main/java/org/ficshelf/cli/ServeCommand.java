package org.ficshelf.cli;

import io.javalin.Javalin;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.ficshelf.Archive;
import org.ficshelf.web.Site;
import org.ficshelf.web.WebApp;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code ficshelf serve}: the reading room over an archive, until stopped. */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Serves the archive: web reader, JSON API under /api, OPDS feed under /opds.")
final class ServeCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "${env:FICSHELF_DATA:-data}", description = "the data directory (default: $FICSHELF_DATA, else ./data)")
    Path data = Archive.DEFAULT_DATA;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080", description = "the port (default: ${DEFAULT-VALUE}; 0 picks a free one)")
    int port;

    @Option(names = "--host", paramLabel = "ADDRESS", defaultValue = "127.0.0.1", description = "the address to listen on (default: ${DEFAULT-VALUE}, this machine only)")
    String host = "127.0.0.1";

    @Mixin
    DbOption db = new DbOption();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        return serve(spec.commandLine().getOut(), Indexes.openForServing(data, db.url), host, port);
    }

    /** Serves {@code archive} (closed when the server stops) until the process is stopped. */
    static int serve(PrintWriter out, Archive archive, String host, int port) throws InterruptedException {
        Javalin app;
        try {
            app = WebApp.create(Site.of(archive)).start(host, port);
        } catch (RuntimeException e) {
            closeQuietly(archive);
            throw e;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            app.stop();
            closeQuietly(archive);
            stopped.countDown();
        }, "ficshelf-stop"));
        out.printf(java.util.Locale.ROOT, "Ficshelf is serving %s at http://%s:%d/ (Ctrl-C stops it)%n",
                archive.dataDir(),
                host.contains(":") ? "[" + host + "]" : host, app.port());
        out.flush();
        stopped.await();
        return 0;
    }

    private static void closeQuietly(Archive archive) {
        try {
            archive.close();
        } catch (Exception e) {
            // stopping anyway
        }
    }
}
