package org.ficshelf.catalog;

import java.io.IOException;

/**
 * The catalog cannot be opened, read or written: a storage failure, or a catalog whose schema is
 * newer than this program. A checked I/O failure, since it is one at the edge of the program.
 */
public final class CatalogException extends IOException {
    private static final long serialVersionUID = 1L;

    public CatalogException(String message) {
        super(message);
    }

    public CatalogException(String message, Throwable cause) {
        super(message, cause);
    }
}
