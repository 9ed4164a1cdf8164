/**
 * The reading room: the web app (server-rendered pages), the JSON API and the OPDS feed, thin
 * adapters over the engine's {@link org.ficshelf.Archive}.
 */
@NullMarked
package org.ficshelf.web;

import org.jspecify.annotations.NullMarked;
