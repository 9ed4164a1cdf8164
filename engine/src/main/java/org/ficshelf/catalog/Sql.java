package org.ficshelf.catalog;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.jspecify.annotations.Nullable;

/**
 * Small JDBC helpers: bind parameters by position, run updates and queries. A writer that runs
 * the same few statements for every work keeps them prepared ({@link #keepPrepared}).
 */
final class Sql {
    /** The statements kept prepared, per connection, for the one thread that registered it. */
    private static final Map<Connection, Kept> KEPT = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** Statements kept prepared on one connection while a writer thread uses it; closes them all. */
    static final class Kept implements AutoCloseable {
        private final Connection connection;
        private final Thread owner = Thread.currentThread();
        private final Map<String, PreparedStatement> statements = new HashMap<>();

        private Kept(Connection connection) {
            this.connection = connection;
        }

        private PreparedStatement get(String sql) throws SQLException {
            PreparedStatement ps = statements.get(sql);
            if (ps == null) {
                ps = connection.prepareStatement(sql);
                statements.put(sql, ps);
            }
            return ps;
        }

        @Override
        public void close() {
            KEPT.remove(connection, this);
            for (PreparedStatement ps : statements.values()) {
                try {
                    ps.close();
                } catch (SQLException e) {
                    // the connection is closing or gone; nothing is left to release
                }
            }
            statements.clear();
        }
    }

    /**
     * Keeps the statements this thread runs on {@code c} prepared until the returned handle is
     * closed (other threads, and calls after that, prepare their own as usual).
     */
    static Kept keepPrepared(Connection c) {
        Kept k = new Kept(c);
        KEPT.put(c, k);
        return k;
    }

    /** The kept statements for {@code c} on this thread, if any. */
    private static @Nullable Kept kept(Connection c) {
        if (KEPT.isEmpty()) {
            return null;
        }
        Kept k = KEPT.get(c);
        return k != null && k.owner == Thread.currentThread() ? k : null;
    }

    /** Maps one row of a result set. */
    @FunctionalInterface
    interface Row<T> {
        T map(ResultSet rs) throws SQLException;
    }

    static int update(Connection c, String sql, @Nullable Object... args) throws SQLException {
        Kept k = kept(c);
        if (k != null) {
            PreparedStatement ps = k.get(sql);
            bind(ps, args);
            return ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return ps.executeUpdate();
        }
    }

    static <T> List<T> query(Connection c, String sql, Row<T> row, @Nullable Object... args)
            throws SQLException {
        Kept k = kept(c);
        if (k != null) {
            PreparedStatement ps = k.get(sql);
            bind(ps, args);
            return rows(ps, row);
        }
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            bind(ps, args);
            return rows(ps, row);
        }
    }

    private static <T> List<T> rows(PreparedStatement ps, Row<T> row) throws SQLException {
        try (ResultSet rs = ps.executeQuery()) {
            List<T> out = new ArrayList<>();
            while (rs.next()) {
                out.add(row.map(rs));
            }
            return out;
        }
    }

    static <T> @Nullable T one(Connection c, String sql, Row<T> row, @Nullable Object... args)
            throws SQLException {
        List<T> rows = query(c, sql, row, args);
        return rows.isEmpty() ? null : rows.get(0);
    }

    static long count(Connection c, String sql, @Nullable Object... args) throws SQLException {
        Long n = one(c, sql, rs -> rs.getLong(1), args);
        return n == null ? 0 : n;
    }

    static void bind(PreparedStatement ps, @Nullable Object... args) throws SQLException {
        for (int i = 0; i < args.length; i++) {
            Object a = args[i];
            switch (a) {
                case null -> ps.setNull(i + 1, Types.NULL);
                case String s -> ps.setString(i + 1, s);
                case Integer n -> ps.setInt(i + 1, n);
                case Long n -> ps.setLong(i + 1, n);
                case Double d -> ps.setDouble(i + 1, d);
                case Boolean b -> ps.setBoolean(i + 1, b);
                default -> throw new IllegalArgumentException("cannot bind " + a.getClass());
            }
        }
    }

    static @Nullable Boolean nullableBoolean(ResultSet rs, String column) throws SQLException {
        boolean b = rs.getBoolean(column);
        return rs.wasNull() ? null : b;
    }

    static @Nullable Integer nullableInt(ResultSet rs, String column) throws SQLException {
        int n = rs.getInt(column);
        return rs.wasNull() ? null : n;
    }
}
