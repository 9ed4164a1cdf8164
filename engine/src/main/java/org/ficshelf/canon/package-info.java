/**
 * Canon knowledge: fandoms, characters with their aliases and genders, relationship
 * nicknames, loaded from data files (bundled, plus an archivist's override folder), and the
 * one-pass name automaton over a text.
 */
@NullMarked
package org.ficshelf.canon;

import org.jspecify.annotations.NullMarked;
