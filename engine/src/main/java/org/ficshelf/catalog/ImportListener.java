package org.ficshelf.catalog;

import org.jspecify.annotations.Nullable;

/** Follows an import as it goes (a progress bar, log lines); called from the writer thread. */
public interface ImportListener {
    /** Hears nothing. */
    ImportListener NONE = new ImportListener() {
    };

    /** The inputs hold about this many files and bytes on disk. */
    default void started(long files, long bytes) {
    }

    /**
     * One item is done; {@code detail} is the reject or skip reason. {@code diskBytes} is its
     * share of the input's bytes on disk (an archive's bytes come with its last entry).
     */
    default void done(String path, Outcome outcome, @Nullable String detail, long diskBytes) {
    }
}
