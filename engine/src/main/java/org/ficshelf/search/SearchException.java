package org.ficshelf.search;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A search failure with its reason. Unchecked so that query validation can run in record
 * constructors; the message is written for the reader (a CLI prints it as is) and never names a
 * backend's internals.
 */
public final class SearchException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    /** Why a search operation failed: the caller's input, or the index. */
    public enum Reason {
        /** The query string or a filter is malformed or out of bounds: the reader's error. */
        BAD_QUERY,
        /** A paging cursor is malformed or belongs to a different sort. */
        BAD_CURSOR,
        /** The index is held by another process. */
        LOCKED,
        /** The index is damaged or was written by an incompatible version: rebuild it. */
        CORRUPT,
        /** Reading or writing the index failed. */
        IO,
        /** The backend was closed. */
        CLOSED,
        /** The backend was opened for reading only and was asked to write. */
        READ_ONLY
    }

    private final Reason reason;

    public SearchException(Reason reason, String message) {
        this(reason, message, null);
    }

    public SearchException(Reason reason, String message, @Nullable Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
    }

    public Reason reason() {
        return reason;
    }

    /** Whether the caller's input caused this (a bad query or cursor), not the index. */
    public boolean isCallerError() {
        return reason == Reason.BAD_QUERY || reason == Reason.BAD_CURSOR;
    }
}
