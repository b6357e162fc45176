package vn.tiepdon.server.storage;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;

/**
 * In-process locks on the rows a transaction increments (a queue's numbering row, a counter's
 * state), held until the transaction ends. The database's own row lock already orders such updates
 * (across server instances too, on PostgreSQL); this keeps two transactions of one process from
 * updating the same row at once, which H2 2.2 can answer with a spurious unique-key violation on
 * the row's primary key (seen under load after a restart).
 */
public final class RowLocks {
    private final ConcurrentHashMap<String, ReentrantLock> locks = new ConcurrentHashMap<>();

    ReentrantLock of(String row) {
        return locks.computeIfAbsent(row, k -> new ReentrantLock());
    }
}
