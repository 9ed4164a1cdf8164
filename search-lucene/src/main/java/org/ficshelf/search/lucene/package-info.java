/**
 * The embedded search backend: a Lucene 10 index in a directory of the data directory. {@link
 * org.ficshelf.search.lucene.LuceneBackend} takes {@link org.ficshelf.search.IndexedWork}s and
 * answers {@link org.ficshelf.search.SearchQuery}s; everything else here is its insides
 * (analyzers, the document schema, query translation, cursors, snippets). Lucene's exceptions
 * never leave the package: they become {@link org.ficshelf.search.SearchException}s.
 */
@NullMarked
package org.ficshelf.search.lucene;

import org.jspecify.annotations.NullMarked;
