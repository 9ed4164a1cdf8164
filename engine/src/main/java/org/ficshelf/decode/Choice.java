package org.ficshelf.decode;

/** A charset decision: the raw decoded text (before clean-up), the charset's Java name, confidence. */
record Choice(String text, String charset, double confidence) {
}
