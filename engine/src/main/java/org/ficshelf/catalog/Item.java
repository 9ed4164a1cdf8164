package org.ficshelf.catalog;

import java.nio.file.Path;
import org.jspecify.annotations.Nullable;

/**
 * One unit of an import: a file to read, bytes already extracted (an archive entry, an mbox
 * message), or something refused or skipped before reading.
 *
 * @param path where it was found, for people ({@code dir/story.txt}, {@code a.zip!/b/c.txt},
 *        {@code list.mbox#3})
 * @param name the file name, a format hint for the reader
 * @param diskBytes input bytes this item accounts for, for progress
 * @param refusal why it is rejected unread, or null
 * @param skip why it is passed over as not a story, or null
 */
record Item(String path, String name, @Nullable Path file, byte @Nullable [] bytes, long diskBytes,
        @Nullable String refusal, @Nullable String skip) {

    /** The skip reason of an archive whose entries were given as items of their own. */
    static final String CONTAINER = "archive (its entries are imported)";

    static Item container(String path, long diskBytes) {
        return new Item(path, name(path), null, null, diskBytes, null, CONTAINER);
    }

    /** True for the item that closes an archive: it only accounts for the archive's bytes. */
    boolean isContainer() {
        return CONTAINER.equals(skip);
    }

    static Item file(String path, Path file, long size) {
        return new Item(path, name(path), file, null, size, null, null);
    }

    static Item bytes(String path, String name, byte[] bytes, long diskBytes) {
        return new Item(path, name, null, bytes, diskBytes, null, null);
    }

    static Item refused(String path, String reason, long diskBytes) {
        return new Item(path, name(path), null, null, diskBytes, reason, null);
    }

    static Item skipped(String path, String why, long diskBytes) {
        return new Item(path, name(path), null, null, diskBytes, null, why);
    }

    /** The last segment of a display path. */
    static String name(String path) {
        int cut = Math.max(path.lastIndexOf('/'), Math.max(path.lastIndexOf('\\'), path.lastIndexOf('!')));
        return path.substring(cut + 1);
    }
}
