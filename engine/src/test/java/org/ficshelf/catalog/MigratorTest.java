package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MigratorTest {
    @TempDir
    Path tmp;

    private String url() {
        return "jdbc:sqlite:" + tmp.resolve("data/catalog.db");
    }

    @Test
    void aNewCatalogGetsTheShippedSchemaVersion() throws Exception {
        Catalog.open(tmp.resolve("data")).close();
        try (Connection c = DriverManager.getConnection(url())) {
            assertThat(Sql.count(c, "SELECT MAX(version) FROM schema_version"))
                    .isEqualTo(Migrator.shipped().known());
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM works")).isZero();
        }
    }

    @Test
    void reopeningAppliesNothingTwice() throws Exception {
        Catalog.open(tmp.resolve("data")).close();
        Catalog.open(tmp.resolve("data")).close();
        try (Connection c = DriverManager.getConnection(url())) {
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM schema_version"))
                    .isEqualTo(Migrator.shipped().known());
        }
    }

    @Test
    void refusesACatalogWithANewerSchema() throws Exception {
        Catalog.open(tmp.resolve("data")).close();
        try (Connection c = DriverManager.getConnection(url())) {
            Sql.update(c, "INSERT INTO schema_version (version, applied) VALUES (?, ?)", 99, "later");
        }
        assertThatThrownBy(() -> Catalog.open(tmp.resolve("data"))).isInstanceOf(CatalogException.class)
                .hasMessageContaining("schema version 99").hasMessageContaining("newer ficshelf");
    }

    @Test
    void appliesOnlyTheMissingMigrationsInOrder() throws Exception {
        try (Connection c = DriverManager.getConnection(url().replace("data/", ""))) {
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
