package vn.tiepdon.server.gateway;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeMap;
import vn.tiepdon.core.api.GatewayHealthView;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The gateway's health from what is kept: every request in {@code lookup_attempts} (its time,
 * duration and outcome) and every outage in {@code gateway_outages}.
 */
public final class GatewayHealthStore {
    private final Database db;
    private final ZoneId zone;

    public GatewayHealthStore(Database db, ZoneId zone) {
        this.db = Objects.requireNonNull(db, "db");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /** Requests sent on {@code day} (the budget counts them again after a restart). */
    public int requestsOn(LocalDate day) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from lookup_attempts where at >= ? and at < ?")) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getInt(1);
                }
            }
        });
    }

    /** Today's lookups still waiting for a background retry. */
    public long pendingOn(LocalDate day) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select count(*) from lookups where pending = true and service_day = ?")) {
                ps.setDate(1, java.sql.Date.valueOf(day));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public GatewayHealthView day(LocalDate day, Instant now) {
        Instant from = day.atStartOfDay(zone).toInstant();
        Instant to = day.plusDays(1).atStartOfDay(zone).toInstant();
        List<GatewayHealthView.Outage> outages = outages(from, to);
        TreeMap<Integer, List<long[]>> byHour = new TreeMap<>();
        Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "select at, millis, outcome from lookup_attempts where at >= ? and at < ? order by at")) {
                Jdbc.setInstant(ps, 1, from);
                Jdbc.setInstant(ps, 2, to);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        int hour = Jdbc.instant(rs, "at").atZone(zone).getHour();
                        OutcomeKind kind = OutcomeKind.ofWire(rs.getString("outcome"));
                        long type = kind.answered() ? 0 : kind == OutcomeKind.NO_ANSWER_TIMEOUT ? 1 : 2;
                        byHour.computeIfAbsent(hour, h -> new ArrayList<>()).add(new long[] {rs.getLong("millis"), type});
                    }
                }
            }
            return null;
        });
        List<GatewayHealthView.Hour> hours = new ArrayList<>();
        byHour.forEach((hour, rows) -> {
            long[] millis = rows.stream().mapToLong(r -> r[0]).sorted().toArray();
            int answered = (int) rows.stream().filter(r -> r[1] == 0).count();
            int timeouts = (int) rows.stream().filter(r -> r[1] == 1).count();
            Instant hourStart = day.atStartOfDay(zone).plusHours(hour).toInstant();
            hours.add(new GatewayHealthView.Hour(hour, rows.size(), answered, timeouts,
                    rows.size() - answered - timeouts, percentile(millis, 50), percentile(millis, 90),
                    percentile(millis, 99), outageMinutes(outages, hourStart, hourStart.plus(Duration.ofHours(1)), now)));
        });
        return new GatewayHealthView(day, hours, outages);
    }

    private List<GatewayHealthView.Outage> outages(Instant from, Instant to) {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select started_at, ended_at, requests from gateway_outages"
                    + " where started_at < ? and (ended_at is null or ended_at >= ?) order by started_at")) {
                Jdbc.setInstant(ps, 1, to);
                Jdbc.setInstant(ps, 2, from);
                List<GatewayHealthView.Outage> out = new ArrayList<>();
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        out.add(new GatewayHealthView.Outage(Jdbc.instant(rs, "started_at"),
                                Jdbc.optionalInstant(rs, "ended_at"), rs.getInt("requests")));
                    }
                }
                return out;
            }
        });
    }

    static long percentile(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        int index = (int) Math.ceil(p / 100.0 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
    }

    private static long outageMinutes(List<GatewayHealthView.Outage> outages, Instant from, Instant to, Instant now) {
        long seconds = 0;
        for (GatewayHealthView.Outage o : outages) {
            Instant start = o.startedAt().isAfter(from) ? o.startedAt() : from;
            Instant end = o.endedAt().orElse(now);
            end = end.isBefore(to) ? end : to;
            if (end.isAfter(start)) {
                seconds += Duration.between(start, end).toSeconds();
            }
        }
        return (seconds + 59) / 60;
    }
}
