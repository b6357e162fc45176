package vn.tiepdon.server.access;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/** Users, sessions and devices in the database (tokens only as their hashes). */
final class AccessStore {
    private static final String UNIQUE_VIOLATION = "23505";
    private final Database db;

    AccessStore(Database db) {
        this.db = db;
    }

    record UserRow(String user, Role role, String passwordHash, int failedAttempts, Optional<Instant> lockedUntil,
                   Instant createdAt) {
    }

    record DeviceRow(String id, Role role, Instant createdAt, Optional<Instant> revokedAt) {
    }

    /** Inserts a user; false when the name is taken. */
    boolean insertUser(String user, Role role, String passwordHash, Instant at) {
        try {
            return Jdbc.inTransaction(db, c -> {
                try (PreparedStatement ps = c.prepareStatement(
                        "insert into users (username, role, password_hash, created_at) values (?,?,?,?)")) {
                    ps.setString(1, user);
                    ps.setString(2, role.name());
                    ps.setString(3, passwordHash);
                    Jdbc.setInstant(ps, 4, at);
                    return ps.executeUpdate() == 1;
                }
            });
        } catch (RuntimeException e) {
            if (e.getCause() instanceof SQLException s && UNIQUE_VIOLATION.equals(s.getSQLState())) {
                return false;
            }
            throw e;
        }
    }

    Optional<UserRow> user(String user) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from users where username = ?")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(readUser(rs)) : Optional.empty();
                }
            }
        });
    }

    List<UserRow> users() {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select * from users order by username");
                 ResultSet rs = ps.executeQuery()) {
                List<UserRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(readUser(rs));
                }
                return out;
            }
        });
    }

    boolean anyUserWithRole(Role role) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select 1 from users where role = ?")) {
                ps.setMaxRows(1);
                ps.setString(1, role.name());
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next();
                }
            }
        });
    }

    /** What deleting a user did. */
    enum Deleted { DELETED, NO_SUCH_USER, LAST_ADMIN }

    /** Deletes a user and their sessions, unless it is the last admin. */
    Deleted deleteUser(String user) {
        return Jdbc.inTransaction(db, c -> {
            Optional<Role> role = roleOf(c, user);
            if (role.isEmpty()) {
                return Deleted.NO_SUCH_USER;
            }
            if (role.get() == Role.ADMIN) {
                try (PreparedStatement ps = c.prepareStatement(
                        "select count(*) from users where role = 'ADMIN' and username <> ?")) {
                    ps.setString(1, user);
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == 0) {
                            return Deleted.LAST_ADMIN;
                        }
                    }
                }
            }
            try (PreparedStatement ps = c.prepareStatement("delete from sessions where username = ?")) {
                ps.setString(1, user);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement("delete from users where username = ?")) {
                ps.setString(1, user);
                ps.executeUpdate();
            }
            return Deleted.DELETED;
        });
    }

    private static Optional<Role> roleOf(Connection c, String user) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("select role from users where username = ?")) {
            ps.setString(1, user);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(Role.valueOf(rs.getString(1))) : Optional.empty();
            }
        }
    }

    /**
     * Counts a wrong password; the {@code attempts}-th in a row locks the account until
     * {@code lockUntil}. Returns the lock's end when this failure locked it.
     */
    Optional<Instant> recordFailure(String user, int attempts, Instant lockUntil) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update users set failed_attempts = failed_attempts + 1 where username = ?")) {
                ps.setString(1, user);
                if (ps.executeUpdate() != 1) {
                    return Optional.empty();
                }
            }
            int failed;
            try (PreparedStatement ps = c.prepareStatement("select failed_attempts from users where username = ?")) {
                ps.setString(1, user);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    failed = rs.getInt(1);
                }
            }
            if (failed < attempts) {
                return Optional.empty();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "update users set failed_attempts = 0, locked_until = ? where username = ?")) {
                Jdbc.setInstant(ps, 1, lockUntil);
                ps.setString(2, user);
                ps.executeUpdate();
            }
            return Optional.of(lockUntil);
        });
    }

    /** Sets a new password hash, lifts any lock and ends the user's sessions; false when no such user. */
    boolean setPassword(String user, String passwordHash) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("update users set password_hash = ?, failed_attempts = 0,"
                    + " locked_until = null where username = ?")) {
                ps.setString(1, passwordHash);
                ps.setString(2, user);
                if (ps.executeUpdate() != 1) {
                    return false;
                }
            }
            try (PreparedStatement ps = c.prepareStatement("delete from sessions where username = ?")) {
                ps.setString(1, user);
                ps.executeUpdate();
            }
            return true;
        });
    }

    void resetFailures(String user) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update users set failed_attempts = 0, locked_until = null where username = ?")) {
                ps.setString(1, user);
                return ps.executeUpdate();
            }
        });
    }

    void insertSession(String tokenHash, String user, Role role, Instant at, Instant expiresAt) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from sessions where expires_at <= ?")) {
                Jdbc.setInstant(ps, 1, at);
                ps.executeUpdate();
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into sessions (token_hash, username, role, created_at, expires_at) values (?,?,?,?,?)")) {
                ps.setString(1, tokenHash);
                ps.setString(2, user);
                ps.setString(3, role.name());
                Jdbc.setInstant(ps, 4, at);
                Jdbc.setInstant(ps, 5, expiresAt);
                return ps.executeUpdate();
            }
        });
    }

    /** The user and role of a session that has not expired at {@code now}. */
    Optional<Principal> session(String tokenHash, Instant now) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select username, role from sessions where token_hash = ? and expires_at > ?")) {
                ps.setString(1, tokenHash);
                Jdbc.setInstant(ps, 2, now);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Principal(rs.getString(1), Role.valueOf(rs.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    boolean deleteSession(String tokenHash) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("delete from sessions where token_hash = ?")) {
                ps.setString(1, tokenHash);
                return ps.executeUpdate() == 1;
            }
        });
    }

    /** Registers a device, or gives a registered (or revoked) one a new token and role. */
    void putDevice(String id, Role role, String tokenHash, Instant at) {
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update devices set role = ?, token_hash = ?, revoked_at = null where id = ?")) {
                ps.setString(1, role.name());
                ps.setString(2, tokenHash);
                ps.setString(3, id);
                if (ps.executeUpdate() == 1) {
                    return null;
                }
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "insert into devices (id, role, token_hash, created_at) values (?,?,?,?)")) {
                ps.setString(1, id);
                ps.setString(2, role.name());
                ps.setString(3, tokenHash);
                Jdbc.setInstant(ps, 4, at);
                ps.executeUpdate();
            }
            return null;
        });
    }

    /** Revokes a device's token; false when there is no such device or it was already revoked. */
    boolean revokeDevice(String id, Instant at) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "update devices set token_hash = null, revoked_at = ? where id = ? and revoked_at is null")) {
                Jdbc.setInstant(ps, 1, at);
                ps.setString(2, id);
                return ps.executeUpdate() == 1;
            }
        });
    }

    Optional<Principal> device(String tokenHash) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select id, role from devices where token_hash = ? and revoked_at is null")) {
                ps.setString(1, tokenHash);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(new Principal(rs.getString(1), Role.valueOf(rs.getString(2))))
                            : Optional.empty();
                }
            }
        });
    }

    List<DeviceRow> devices() {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select id, role, created_at, revoked_at from devices"
                    + " order by id");
                 ResultSet rs = ps.executeQuery()) {
                List<DeviceRow> out = new ArrayList<>();
                while (rs.next()) {
                    out.add(new DeviceRow(rs.getString(1), Role.valueOf(rs.getString(2)),
                            Jdbc.instant(rs, "created_at"), Jdbc.optionalInstant(rs, "revoked_at")));
                }
                return out;
            }
        });
    }

    /** A user or device a token belongs to. */
    record Principal(String name, Role role) {
    }

    private static UserRow readUser(ResultSet rs) throws SQLException {
        return new UserRow(rs.getString("username"), Role.valueOf(rs.getString("role")),
                rs.getString("password_hash"), rs.getInt("failed_attempts"),
                Jdbc.optionalInstant(rs, "locked_until"), Jdbc.instant(rs, "created_at"));
    }
}
