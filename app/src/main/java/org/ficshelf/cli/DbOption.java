package org.ficshelf.cli;

import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Option;

/** The {@code --db JDBC_URL} option of the commands that open an archive: where its catalog lives. */
final class DbOption {
    @Option(names = "--db", paramLabel = "JDBC_URL", defaultValue = "${env:FICSHELF_DB}", description = {
            "the catalog database, e.g. jdbc:postgresql://localhost/ficshelf?user=me (default: $FICSHELF_DB,",
            "else catalog.db in the data directory); the originals and the index stay in the data directory"})
    @Nullable
    String url;
}
