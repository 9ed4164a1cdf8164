package org.ficshelf.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code ficshelf} command: subcommands over the engine. */
@Command(name = "ficshelf", mixinStandardHelpOptions = true, version = "ficshelf 0.1.0", description = "An archive engine for legacy fan fiction files.", subcommands = {
        ParseCommand.class, ImportCommand.class, ShowCommand.class, StatsCommand.class, RejectsCommand.class,
        RebuildCommand.class, SearchCommand.class, ExportCommand.class, ServeCommand.class,
        DemoCommand.class, CommandLine.HelpCommand.class})
public final class Main implements Runnable {
    /** Lucene's notice that the JDK's vector module is not enabled: noise on a command line. */
    private static final Logger LUCENE_VECTOR_NOTICE = Logger
            .getLogger("org.apache.lucene.internal.vectorization.VectorizationProvider");

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns its exit code (for tests). */
    public static int run(String... args) {
        LUCENE_VECTOR_NOTICE.setLevel(Level.SEVERE);
        return commandLine().execute(args);
    }

    /** The command line with its error mapping: one line and an exit code, never a stack trace. */
    static CommandLine commandLine() {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler(new ErrorHandler());
        cli.setParameterExceptionHandler(ErrorHandler::usage);
        return cli;
    }

    /** The same command line writing to the given streams (for tests). */
    static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cli = commandLine();
        cli.setOut(out);
        cli.setErr(err);
        return cli;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
