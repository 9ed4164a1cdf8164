package org.ficshelf.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** Statements kept prepared for a writer give the same results as fresh ones, only to its thread. */
class SqlTest {
    private static final String INSERT = "INSERT INTO t (k, v) VALUES (?, ?)";
    private static final String BY_KEY = "SELECT v FROM t WHERE k = ? ORDER BY v";

    @Test
    void keptStatementsRunWithNewParametersEachTimeAndCloseWithTheirHandle() throws Exception {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite::memory:")) {
            Sql.update(c, "CREATE TABLE t (k TEXT, v INTEGER)");
            Sql.Kept kept = Sql.keepPrepared(c);
            for (int i = 0; i < 10; i++) {
                assertThat(Sql.update(c, INSERT, i % 2 == 0 ? "even" : "odd", i)).isEqualTo(1);
            }
            assertThat(Sql.query(c, BY_KEY, rs -> rs.getInt(1), "even")).containsExactly(0, 2, 4, 6, 8);
            assertThat(Sql.query(c, BY_KEY, rs -> rs.getInt(1), "odd")).containsExactly(1, 3, 5, 7, 9);
            Integer none = Sql.one(c, BY_KEY, rs -> rs.getInt(1), "none");
            assertThat(none).isNull();
            // another thread on the same connection prepares its own statements
            List<Integer> elsewhere = CompletableFuture.supplyAsync(() -> {
                try {
                    return Sql.query(c, BY_KEY, rs -> rs.getInt(1), "odd");
                } catch (SQLException e) {
                    throw new IllegalStateException(e);
                }
            }).get();
            assertThat(elsewhere).containsExactly(1, 3, 5, 7, 9);
            kept.close();
            assertThat(Sql.count(c, "SELECT COUNT(*) FROM t")).isEqualTo(10);
            Sql.update(c, INSERT, "odd", 11);
            assertThat(Sql.query(c, BY_KEY, rs -> rs.getInt(1), "odd")).endsWith(11);
        }
    }
}
