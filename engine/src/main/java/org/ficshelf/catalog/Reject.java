package org.ficshelf.catalog;

import org.jspecify.annotations.Nullable;

/**
 * A file that could not be imported: where it was found, why, the address of its bytes when they
 * could be read (they are kept among the originals), when, and in which run.
 */
public record Reject(String path, String reason, @Nullable String sha256, String time, long runId) {
}
