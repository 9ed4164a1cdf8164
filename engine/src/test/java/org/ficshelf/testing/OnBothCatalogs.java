package org.ficshelf.testing;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Runs every test of the class once per catalog database, SQLite then PostgreSQL: the class
 * takes a {@code @Parameter CatalogDb db} field and opens its catalogs at {@code db.url(dir)}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "{0}")
@EnumSource(CatalogDb.class)
@ExtendWith(PostgresExtension.class)
public @interface OnBothCatalogs {
}
