/**
 * Ficshelf's work model and pipeline entry point. {@link org.ficshelf.WorkReader} turns the bytes
 * of one file into a {@link org.ficshelf.WorkRecord}: decode, then format extraction, parse and
 * infer. It never fails on content; problems are recorded in the record.
 */
@NullMarked
package org.ficshelf;

import org.jspecify.annotations.NullMarked;
