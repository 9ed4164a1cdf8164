/**
 * Decode: raw bytes to text. In: bytes and an optional declared charset. Out:
 * {@link org.ficshelf.decode.Decoded} (text, charset, confidence, repairs as problems). Never
 * fails on bytes; damage it repairs (mojibake, lost ellipses) is reported as problems.
 */
@NullMarked
package org.ficshelf.decode;

import org.jspecify.annotations.NullMarked;
