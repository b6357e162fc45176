package vn.tiepdon.server.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;

/** Small JDBC helpers shared by the stores. */
public final class Jdbc {
    private Jdbc() {
    }

    /** A unit of work on one connection, in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection c) throws SQLException;
    }

    public static <T> T inTransaction(Database db, Work<T> work) {
        return inTx(db, tx -> work.run(tx.connection()));
    }

    /**
     * A unit of work in one transaction, with commit hooks: {@link Tx#afterCommit} actions run once
     * the commit returned (for H2 and PostgreSQL: once the change is on disk), {@link Tx#atEnd}
     * actions whatever happened.
     */
    public static <T> T inTx(Database db, Tx.Work<T> work) {
        try (Connection c = db.connection()) {
            c.setAutoCommit(false);
            Tx tx = new Tx(c, db.rowLocks());
            T result;
            try {
                result = work.run(tx);
                c.commit();
            } catch (SQLException | RuntimeException | Error e) {
                try {
                    c.rollback();
                } catch (SQLException rollbackFailed) {
                    e.addSuppressed(rollbackFailed);
                } finally {
                    tx.ended();
                }
                throw e;
            }
            tx.committed();
            return result;
        } catch (SQLException e) {
            throw new StorageException("database operation failed: " + e.getMessage(), e);
        }
    }

    public static void setInstant(PreparedStatement ps, int index, Instant at) throws SQLException {
        ps.setObject(index, at.atOffset(ZoneOffset.UTC));
    }

    public static void setOptionalInstant(PreparedStatement ps, int index, Optional<Instant> at) throws SQLException {
        if (at.isPresent()) {
            setInstant(ps, index, at.get());
        } else {
            ps.setNull(index, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    public static void setOptionalString(PreparedStatement ps, int index, Optional<String> value) throws SQLException {
        if (value.isPresent()) {
            ps.setString(index, value.get());
        } else {
            ps.setNull(index, Types.VARCHAR);
        }
    }

    public static Instant instant(ResultSet rs, String column) throws SQLException {
        return rs.getObject(column, OffsetDateTime.class).toInstant();
    }

    public static Optional<Instant> optionalInstant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime v = rs.getObject(column, OffsetDateTime.class);
        return v == null ? Optional.empty() : Optional.of(v.toInstant());
    }

    public static Optional<String> optionalString(ResultSet rs, String column) throws SQLException {
        return Optional.ofNullable(rs.getString(column));
    }

    public static long generatedId(PreparedStatement ps) throws SQLException {
        try (ResultSet keys = ps.getGeneratedKeys()) {
            if (!keys.next()) {
                throw new SQLException("no generated key");
            }
            return keys.getLong(1);
        }
    }
}
