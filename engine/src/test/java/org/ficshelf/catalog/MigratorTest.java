package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.ficshelf.testing.CatalogDb;
import org.ficshelf.testing.OnBothCatalogs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;

@OnBothCatalogs
class MigratorTest {
    @Parameter
    CatalogDb db;

    @TempDir
    Path tmp;

    private String url() {
        return db.url(tmp.resolve("data"));
    }

    private Catalog open() throws Exception {
        return ImportTest.open(db, tmp.resolve("data"));
    }

    @Test
    void aNewCatalogGetsTheShippedSchemaVersion() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection(url())) {
            assertThat(Sql.count(c, "SELECT MAX(version) FROM schema_version"))
                    .isEqualTo(Migrator.shipped().known());
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM works")).isZero();
        }
    }

    @Test
    void reopeningAppliesNothingTwice() throws Exception {
        open().close();
        open().close();
        try (Connection c = DriverManager.getConnection(url())) {
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(Migrator.shipped().known());
        }
    }

    @Test
    void refusesACatalogWithANewerSchema() throws Exception {
        open().close();
        try (Connection c = DriverManager.getConnection(url())) {
            Sql.update(c, "INSERT INTO schema_version (version, applied) VALUES (?, ?)", 99, "later");
        }
        assertThatThrownBy(this::open).isInstanceOf(CatalogException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("newer ficshelf");
    }

    @Test
    void appliesOnlyTheMissingMigrationsInOrder() throws Exception {
        try (Connection c = db.connect(tmp.resolve("other"))) {
            assertThat(new Migrator(List.of("V1__works.sql")).migrate(c)).isEqualTo(1);
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM schema_version")).isEqualTo(1);
        }
    }

    @Test
    void splitsStatementsAtLineEndSemicolonsAndDropsComments() {
        assertThat(Migrator.statements("-- note\nCREATE TABLE a (x INT);\n\nCREATE TABLE b (\n  y INT\n);\n"))
                .containsExactly("CREATE TABLE a (x INT)", "CREATE TABLE b (\n  y INT\n)");
    }
}
