/**
 * Test support shared by the modules' tests: a private PostgreSQL server for the test JVM and
 * the two catalog databases (SQLite, PostgreSQL) that catalog behaviour tests run on.
 */
@NullMarked
package org.ficshelf.testing;

import org.jspecify.annotations.NullMarked;
