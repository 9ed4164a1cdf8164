package org.ficshelf;

import org.jspecify.annotations.Nullable;

/** A chapter as the work record lists it: its heading (null when it has none) and its words. */
public record ChapterInfo(@Nullable String title, int words) {
}
