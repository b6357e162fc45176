package vn.tiepdon.server.queue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.Tx;

/** Each counter's state in the database: paused or open, and its run of priority calls. */
public final class CounterStates {
    private static final String UNIQUE_VIOLATION = "23505";
    private final Database db;

    public CounterStates(Database db) {
        this.db = db;
    }

    /** A counter's state as the queue rules need it. */
    public record State(boolean paused, int priorityStreak) {
    }

    /** Makes sure every configured counter has its row (open, no streak), so changes are plain updates. */
    public void prepare(List<CounterDefinition> counters) {
        for (CounterDefinition counter : counters) {
            try {
                Jdbc.inTransaction(db, c -> {
                    try (PreparedStatement ps = c.prepareStatement(
                            "select 1 from counter_states where counter_id = ?")) {
                        ps.setString(1, counter.id());
                        try (ResultSet rs = ps.executeQuery()) {
                            if (rs.next()) {
                                return null;
                            }
                        }
                    }
                    try (PreparedStatement ps = c.prepareStatement(
                            "insert into counter_states (counter_id, paused, priority_streak) values (?, false, 0)")) {
                        ps.setString(1, counter.id());
                        ps.executeUpdate();
                    }
                    return null;
                });
            } catch (RuntimeException e) {
                if (!(e.getCause() instanceof SQLException s) || !UNIQUE_VIOLATION.equals(s.getSQLState())) {
                    throw e;
                }
                // another instance created it at the same moment
            }
        }
    }

    /** The state of a counter, locking its row until the transaction ends (one verb at a time per counter). */
    public State lock(Tx tx, String counterId) throws SQLException {
        tx.lockRowUntilEnd("counter/" + counterId);
        return lock(tx.connection(), counterId);
    }

    private State lock(Connection c, String counterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update counter_states set priority_streak = priority_streak where counter_id = ?")) {
            ps.setString(1, counterId);
            if (ps.executeUpdate() != 1) {
                throw new SQLException("no state row for counter " + counterId);
            }
        }
        return read(c, counterId);
    }

    public State read(Connection c, String counterId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "select paused, priority_streak from counter_states where counter_id = ?")) {
            ps.setString(1, counterId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? new State(rs.getBoolean(1), rs.getInt(2)) : new State(false, 0);
            }
        }
    }

    /** Which counters are paused now. */
    public java.util.Set<String> paused() {
        return Jdbc.inTransaction(db, c -> {
            java.util.Set<String> out = new java.util.HashSet<>();
            try (PreparedStatement ps = c.prepareStatement("select counter_id from counter_states where paused = true");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1));
                }
            }
            return out;
        });
    }

    /** Opens or pauses a counter; false when it already was so. */
    public boolean setPaused(Connection c, String counterId, boolean paused, Instant at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("update counter_states set paused = ?, changed_at = ?"
                + " where counter_id = ? and paused = ?")) {
            ps.setBoolean(1, paused);
            Jdbc.setInstant(ps, 2, at);
            ps.setString(3, counterId);
            ps.setBoolean(4, !paused);
            return ps.executeUpdate() == 1;
        }
    }

    public void setStreak(Connection c, String counterId, int streak) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "update counter_states set priority_streak = ? where counter_id = ?")) {
            ps.setInt(1, streak);
            ps.setString(2, counterId);
            ps.executeUpdate();
        }
    }
}
