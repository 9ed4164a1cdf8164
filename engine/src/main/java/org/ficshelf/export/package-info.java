/**
 * Export: a work (record and body document) rendered for readers. {@link
 * org.ficshelf.export.BodyHtml} gives the story as an XHTML fragment (shared by the web reader
 * and the EPUB), {@link org.ficshelf.export.MetadataBlock} the AO3-style metadata as data, and
 * {@link org.ficshelf.export.EpubWriter}, {@link org.ficshelf.export.HtmlExport} and {@link
 * org.ficshelf.export.TxtExport} whole downloads. Content never fails an export: every text value
 * is escaped, and characters XML cannot carry are dropped or replaced; only the output stream's
 * I/O fails.
 */
@NullMarked
package org.ficshelf.export;

import org.jspecify.annotations.NullMarked;
