package org.ficshelf;

import java.util.Objects;

/**
 * What the record was read from: file name, SHA-256 of the original bytes, size, format
 * ({@code text}, {@code html}, {@code email}, {@code epub}), the encoding the text was decoded
 * with and how confident the decoder is of it (0..1).
 */
public record SourceInfo(String name, String sha256, long bytes, String format, String encoding,
        double encodingConfidence) {

    public SourceInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(encoding, "encoding");
    }
}
