package vn.tiepdon.server.reports;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.BhxhSentRequest;
import vn.tiepdon.core.api.BhxhSentResult;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.Tx;

/**
 * The "đã gửi BHXH" marks of failed lookups ({@code lookup_bhxh_submissions}): one per lookup, the
 * first date kept; each new mark appends a row to {@code lookup_bhxh_submission_audit} (append-only,
 * the database refuses changes) in the same transaction.
 */
public final class BhxhSubmissions {
    private static final Logger log = LoggerFactory.getLogger(BhxhSubmissions.class);
    /** This process marks one request at a time (two admins marking the same range do not collide). */
    private static final String LOCK = "bhxh-submissions";
    private static final int BATCH = 500;
    private final Database db;
    private final Clock clock;

    public BhxhSubmissions(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    /** Marks what {@code request} names, as {@code actor} ({@code user:lan}). */
    public BhxhSentResult mark(BhxhSentRequest request, String actor) {
        BhxhSentResult result = Jdbc.inTx(db, tx -> {
            tx.lockRowUntilEnd(LOCK);
            Connection c = tx.connection();
            List<Long> toMark;
            int already = 0;
            int notFailed = 0;
            if (request.lookupIds().isEmpty()) {
                toMark = unmarkedOfRange(c, request);
            } else {
                Set<Long> asked = new TreeSet<>(request.lookupIds());
                Set<Long> failed = failedAmong(c, asked);
                Set<Long> marked = markedAmong(c, failed);
                notFailed = asked.size() - failed.size();
                already = marked.size();
                toMark = failed.stream().filter(id -> !marked.contains(id)).toList();
            }
            insert(tx, toMark, request, actor, clock.instant());
            return new BhxhSentResult(toMark.size(), already, notFailed);
        });
        log.info("Marked {} failed lookup(s) sent to BHXH on {} by {} ({} already marked, {} not failed lookups)",
                result.marked(), request.sentOn(), actor, result.alreadyMarked(), result.notFailed());
        return result;
    }

    private static List<Long> unmarkedOfRange(Connection c, BhxhSentRequest request) throws SQLException {
        String sql = "select l.id from lookups l where l.service_day between ? and ? and "
                + FailedLookupQuery.failedCheckin("l")
                + " and not exists (select 1 from lookup_bhxh_submissions s where s.lookup_id = l.id) order by l.id";
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setDate(1, Date.valueOf(request.from().orElseThrow()));
            ps.setDate(2, Date.valueOf(request.to().orElseThrow()));
            return ids(ps);
        }
    }

    private static Set<Long> failedAmong(Connection c, Set<Long> ids) throws SQLException {
        return among(c, ids, "select l.id from lookups l where " + FailedLookupQuery.failedCheckin("l")
                + " and l.id in (%s)");
    }

    private static Set<Long> markedAmong(Connection c, Set<Long> ids) throws SQLException {
        return among(c, ids, "select lookup_id from lookup_bhxh_submissions where lookup_id in (%s)");
    }

    private static Set<Long> among(Connection c, Set<Long> ids, String sqlWithList) throws SQLException {
        Set<Long> out = new TreeSet<>();
        List<Long> all = new ArrayList<>(ids);
        for (int i = 0; i < all.size(); i += BATCH) {
            List<Long> part = all.subList(i, Math.min(all.size(), i + BATCH));
            String sql = String.format(sqlWithList, String.join(",", Collections.nCopies(part.size(), "?")));
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int k = 0; k < part.size(); k++) {
                    ps.setLong(k + 1, part.get(k));
                }
                out.addAll(ids(ps));
            }
        }
        return out;
    }

    private static List<Long> ids(PreparedStatement ps) throws SQLException {
        List<Long> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getLong(1));
            }
        }
        return out;
    }

    private static void insert(Tx tx, List<Long> ids, BhxhSentRequest request, String actor, Instant now)
            throws SQLException {
        Connection c = tx.connection();
        try (PreparedStatement mark = c.prepareStatement("insert into lookup_bhxh_submissions (lookup_id, sent_on,"
                + " marked_by, marked_at) values (?,?,?,?)");
             PreparedStatement audit = c.prepareStatement("insert into lookup_bhxh_submission_audit (lookup_id,"
                     + " sent_on, actor, at) values (?,?,?,?)")) {
            int pending = 0;
            for (long id : ids) {
                for (PreparedStatement ps : List.of(mark, audit)) {
                    ps.setLong(1, id);
                    ps.setDate(2, Date.valueOf(request.sentOn()));
                    ps.setString(3, actor);
                    Jdbc.setInstant(ps, 4, now);
                    ps.addBatch();
                }
                if (++pending == BATCH) {
                    mark.executeBatch();
                    audit.executeBatch();
                    pending = 0;
                }
            }
            if (pending > 0) {
                mark.executeBatch();
                audit.executeBatch();
            }
        }
    }
}
