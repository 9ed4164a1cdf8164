/**
 * The text model shared by the stages: source lines with inline spans (what format readers
 * give the parser) and the body document (chapters, blocks, spans) that parse builds and
 * export renders.
 */
@NullMarked
package org.ficshelf.doc;

import org.jspecify.annotations.NullMarked;
