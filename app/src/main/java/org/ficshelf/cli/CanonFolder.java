package org.ficshelf.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import org.ficshelf.canon.Canon;
import org.jspecify.annotations.Nullable;

/**
 * Points the engine at an archivist's canon folder, read once on first use. The first of these
 * wins: the {@code --canon} option, the {@code FICSHELF_CANON} environment variable, the data
 * directory's {@code canon/} folder.
 */
final class CanonFolder {
    /** The canon folder inside a data directory. */
    static final String IN_DATA = "canon";

    private CanonFolder() {
    }

    static void use(@Nullable Path option, @Nullable Path dataDir) {
        String fromEnv = System.getenv("FICSHELF_CANON");
        if (option != null) {
            System.setProperty(Canon.DIR_PROPERTY, option.toString());
        } else if (fromEnv != null && !fromEnv.isBlank()) {
            System.setProperty(Canon.DIR_PROPERTY, fromEnv);
        } else if (dataDir != null && Files.isDirectory(dataDir.resolve(IN_DATA))
                && System.getProperty(Canon.DIR_PROPERTY) == null) {
            System.setProperty(Canon.DIR_PROPERTY, dataDir.resolve(IN_DATA).toString());
        }
    }
}
