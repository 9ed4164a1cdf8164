/** The command line: picocli commands, each a thin adapter over the engine. */
@NullMarked
package org.ficshelf.cli;

import org.jspecify.annotations.NullMarked;
