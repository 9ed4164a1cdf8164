package org.ficshelf.catalog;

import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The archive formats an import opens, told by the file name. */
enum ArchiveKind {
    ZIP, TAR_GZ, TAR;

    static @Nullable ArchiveKind of(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        if (n.endsWith(".zip")) {
            return ZIP;
        }
        if (n.endsWith(".tar.gz") || n.endsWith(".tgz")) {
            return TAR_GZ;
        }
        if (n.endsWith(".tar")) {
            return TAR;
        }
        return null;
    }
}
