/**
 * Infer: a parsed work plus canon knowledge to the work record — words, language, POV,
 * rating and the tags — each value with provenance, confidence and evidence. Never throws;
 * low confidence is for review, not failure.
 */
@NullMarked
package org.ficshelf.infer;

import org.jspecify.annotations.NullMarked;
