package org.ficshelf.cli;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Maps failures to one line on standard error and an exit code, never a stack trace: 2 for a
 * missing or unreadable input, 1 for anything else.
 */
final class ErrorHandler implements IExecutionExceptionHandler {
    static final int EXIT_IO = 2;
    static final int EXIT_SOFTWARE = 1;

    @Override
    public int handleExecutionException(Exception e, CommandLine cli, ParseResult parsed) {
        Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
        cli.getErr().println("ficshelf: " + describe(cause));
        return cause instanceof IOException ? EXIT_IO : EXIT_SOFTWARE;
    }

    static String describe(Throwable e) {
        return switch (e) {
            case NoSuchFileException n -> "no such file: " + n.getFile();
            case AccessDeniedException a -> "cannot read (permission denied): " + a.getFile();
            case IOException io -> "cannot read: " + io.getMessage();
            default -> "internal error (" + e.getClass().getSimpleName() + "): " + e.getMessage();
        };
    }
}
