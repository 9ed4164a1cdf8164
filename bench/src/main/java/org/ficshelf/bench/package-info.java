/** The corpus generator and the benchmark harness. */
@NullMarked
package org.ficshelf.bench;

import org.jspecify.annotations.NullMarked;
