/**
 * Parse: a source's lines to front matter (header fields as stated, notes, footnote legend)
 * and a body document (chapters, blocks, inline spans), plus what the text says of
 * completeness. Never throws on text; problems carry line and column.
 */
@NullMarked
package org.ficshelf.parse;

import org.jspecify.annotations.NullMarked;
