/**
 * The catalog: a data directory holding the originals (the bytes as given, content-addressed by
 * SHA-256, never changed) and a relational catalog derived from them (works, authors, chapters,
 * tags by type, field provenance, import runs, rejects) in SQLite by default. Input: files,
 * folders, zip and tar.gz archives, mbox files. Output: stored works. Failure model: content
 * never fails an import (a file that cannot be imported is kept as a reject with its reason);
 * storage failures raise {@link org.ficshelf.catalog.CatalogException}; every work is written
 * in one transaction, so an interrupted import leaves no partial work and resumes on re-run.
 */
@NullMarked
package org.ficshelf.catalog;

import org.jspecify.annotations.NullMarked;
