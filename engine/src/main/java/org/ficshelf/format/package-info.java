/**
 * Format readers: the bytes of a plain-text file, a legacy HTML page, a mailing-list message,
 * an AO3 download or an EPUB become a {@link org.ficshelf.format.SourceDocument}: story lines
 * with inline spans and the metadata the container stated. Never fails on content.
 */
@NullMarked
package org.ficshelf.format;

import org.jspecify.annotations.NullMarked;
