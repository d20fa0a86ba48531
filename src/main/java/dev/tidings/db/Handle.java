package dev.tidings.db;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A connection lent for one unit of work, with plain-SQL helpers. Parameters are bound in order;
 * {@code null} binds SQL NULL.
 */
public final class Handle {
    /* Rows fetched at a time by {@link #stream}. */
    private static final int STREAM_BATCH = 1_000;

    private final Connection connection;

    Handle(Connection connection) {
        this.connection = connection;
    }

    /** Maps the current row of a result set. */
    @FunctionalInterface
    public interface RowMapper<T> {
        T map(ResultSet rs) throws SQLException;
    }

    /** Takes the current row of a result set (to read, not keep, the rows of a large scan). */
    @FunctionalInterface
    public interface RowReader {
        void read(ResultSet rs) throws SQLException;
    }

    /**
     * Hands each row to {@code reader} as it is read, holding only a batch of rows at a time: for
     * scans of every article (PostgreSQL's driver otherwise reads the whole result into memory
     * first, which for a million articles' vectors is gigabytes). Outside a transaction the scan
     * runs in one of its own, read only as far as it is concerned, so it sees one snapshot.
     */
    public void stream(String sql, RowReader reader, Object... params) {
        try {
            boolean own = connection.getAutoCommit();
            if (own) {
                connection.setAutoCommit(false);
            }
            try (PreparedStatement ps = prepare(sql, false, params)) {
                ps.setFetchSize(STREAM_BATCH);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        reader.read(rs);
                    }
                }
            } finally {
                if (own) {
                    connection.commit();
                    connection.setAutoCommit(true);
                }
            }
        } catch (SQLException e) {
            throw new DatabaseException(sql, e);
        }
    }

    public <T> List<T> query(String sql, RowMapper<T> mapper, Object... params) {
        try (PreparedStatement ps = prepare(sql, false, params);
                ResultSet rs = ps.executeQuery()) {
            List<T> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(mapper.map(rs));
            }
            return rows;
        } catch (SQLException e) {
            throw new DatabaseException(sql, e);
        }
    }

    public <T> Optional<T> queryOne(String sql, RowMapper<T> mapper, Object... params) {
        List<T> rows = query(sql, mapper, params);
        return rows.isEmpty() ? Optional.empty() : Optional.ofNullable(rows.getFirst());
    }

    public long queryLong(String sql, Object... params) {
        return queryOne(sql, rs -> rs.getLong(1), params).orElse(0L);
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    public int update(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, false, params)) {
            return ps.executeUpdate();
        } catch (SQLException e) {
            throw new DatabaseException(sql, e);
        }
    }

    /** Runs an INSERT and returns the generated key of the new row, or empty if none was inserted. */
    public Optional<Long> insert(String sql, Object... params) {
        try (PreparedStatement ps = prepare(sql, true, params)) {
            if (ps.executeUpdate() == 0) {
                return Optional.empty();
            }
            try (ResultSet keys = ps.getGeneratedKeys()) {
                return keys.next() ? Optional.of(keys.getLong(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DatabaseException(sql, e);
        }
    }

    Connection connection() {
        return connection;
    }

    private PreparedStatement prepare(String sql, boolean keys, Object... params) throws SQLException {
        PreparedStatement ps = keys
                ? connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)
                : connection.prepareStatement(sql);
        for (int i = 0; i < params.length; i++) {
            Object p = params[i];
            switch (p) {
                case null -> ps.setNull(i + 1, Types.NULL);
                case Boolean b -> ps.setInt(i + 1, b ? 1 : 0);
                case java.time.Instant t -> ps.setLong(i + 1, t.toEpochMilli());
                case java.net.URI u -> ps.setString(i + 1, u.toString());
                case Enum<?> en -> ps.setString(i + 1, en.name());
                default -> ps.setObject(i + 1, p);
            }
        }
        return ps;
    }
}
