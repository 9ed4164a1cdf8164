/**
 * The backend-neutral search model: what a backend indexes for a work ({@link
 * org.ficshelf.search.IndexedWork}), what a reader asks ({@link org.ficshelf.search.SearchQuery},
 * its query string parsed here by {@link org.ficshelf.search.QuerySyntax} so every backend gives
 * it the same meaning), what comes back ({@link org.ficshelf.search.SearchResult}) and the
 * contract a backend fulfils ({@link org.ficshelf.search.SearchBackend}). No backend's types
 * appear here. Failures are {@link org.ficshelf.search.SearchException}s with a reason: bad
 * input from a reader, or an index that cannot be read or written.
 */
@NullMarked
package org.ficshelf.search;

import org.jspecify.annotations.NullMarked;
