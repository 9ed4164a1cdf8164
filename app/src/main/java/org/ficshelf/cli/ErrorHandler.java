package org.ficshelf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import org.ficshelf.search.SearchException;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to one line on standard error and an exit code, never a stack trace: 2 for a
 * missing or unreadable input or a bad query or option (usage), 1 for anything else.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_IO = 2;
    static final int EXIT_SOFTWARE = 1;
    static final int EXIT_USAGE = 2;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        cli.getErr().println("ficshelf: " + describe(cause));
        if (cause instanceof SearchException s) {
            return s.isCallerError() ? EXIT_USAGE : EXIT_SOFTWARE;
        }
        return cause instanceof IOException ? EXIT_IO : EXIT_SOFTWARE;
    }

    /** A malformed command line: one line saying what is wrong and where to look, exit 2. */
    static int usage(ParameterException e, String[] args) {
        CommandLine cli = e.getCommandLine();
        cli.getErr().println("ficshelf: " + e.getMessage() + " (see: ficshelf "
                + cli.getCommandSpec().qualifiedName(" ").replaceFirst("^ficshelf ?", "") + " --help)");
        return EXIT_USAGE;
    }

    static String describe(Throwable e) {
        return switch (e) {
            case SearchException s when s.isCallerError() -> s.getMessage();
            case SearchException s when s.reason() == SearchException.Reason.LOCKED ->
                "the search index is in use by another ficshelf process (an import?); try again when it ends";
            case SearchException s when s.reason() == SearchException.Reason.CORRUPT ->
                s.getMessage() + " (ficshelf rebuild)";
            case SearchException s -> "search index: " + s.getMessage();
            case NoSuchFileException n -> "no such file: " + n.getFile();
            case AccessDeniedException a -> "cannot read (permission denied): " + a.getFile();
            case IOException io -> "cannot read: " + io.getMessage();
            default -> "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage();
        };
    }
}
