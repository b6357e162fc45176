package vn.tiepdon.server.storage;

import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One database transaction in progress: its connection, and what to do once it has committed (or
 * ended either way). Stores write through {@link #connection()}; the event log hands its events to
 * subscribers {@link #afterCommit after the commit}, so nobody hears of a change that was rolled
 * back.
 */
public final class Tx {
    private final Connection connection;
    private final RowLocks rowLocks;
    private final List<Runnable> afterCommit = new ArrayList<>();
    private final List<Runnable> atEnd = new ArrayList<>();

    Tx(Connection connection, RowLocks rowLocks) {
        this.connection = Objects.requireNonNull(connection);
        this.rowLocks = Objects.requireNonNull(rowLocks);
    }

    /**
     * Takes this process's lock on {@code row} (e.g. {@code numbering/2026-12-01/bhyt}) until the
     * transaction ends; call it just before the statement that updates the row.
     */
    public void lockRowUntilEnd(String row) {
        java.util.concurrent.locks.ReentrantLock lock = rowLocks.of(row);
        lock.lock();
        atEnd(lock::unlock);
    }

    public Connection connection() {
        return connection;
    }

    /** Runs {@code action} once the transaction has committed (not when it rolls back). */
    public void afterCommit(Runnable action) {
        afterCommit.add(Objects.requireNonNull(action));
    }

    /** Runs {@code action} when the transaction ends, committed or not (after the commit actions). */
    public void atEnd(Runnable action) {
        atEnd.add(Objects.requireNonNull(action));
    }

    void committed() {
        try {
            afterCommit.forEach(Runnable::run);
        } finally {
            ended();
        }
    }

    void ended() {
        List<Runnable> actions = List.copyOf(atEnd);
        atEnd.clear();
        RuntimeException first = null;
        for (Runnable a : actions) {
            try {
                a.run();
            } catch (RuntimeException e) {
                if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }

    /** A unit of work in one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Tx tx) throws java.sql.SQLException;
    }
}
