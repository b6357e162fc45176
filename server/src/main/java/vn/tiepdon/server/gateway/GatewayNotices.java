package vn.tiepdon.server.gateway;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.OutageWatch;
import vn.tiepdon.server.events.EventLog;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * Turns the guard's notices into what staff see and what stays on record: each stop, resume and
 * outage is an event on the staff stream; each outage is a row of {@code gateway_outages} (the
 * evidence for the BHXH report). A stop survives a restart: at start the last stop or resume event
 * tells whether calls are stopped.
 */
public final class GatewayNotices {
    private static final Logger LOG = LoggerFactory.getLogger(GatewayNotices.class);
    static final String ACTOR = "server";

    private final Database db;
    private final EventLog events;
    private final Clock clock;

    public GatewayNotices(Database db, EventLog events, Clock clock) {
        this.db = Objects.requireNonNull(db, "db");
        this.events = Objects.requireNonNull(events, "events");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Listens to {@code guard}, and restores a stop and an outage left open by the previous run. */
    public void attach(GatewayGuard guard) {
        lastStop().ifPresent(n -> guard.stop().restore(n.since(), n.detail()));
        openOutage().ifPresent(o -> guard.outages().restore(o.since(), o.requests()));
        guard.stop().onChange(this::record);
        guard.outages().onChangeCounting(this::record);
    }

    /** Stores a stop or resume notice's event; failures are logged, never thrown. */
    void record(GatewayNotice notice) {
        record(notice, 0);
    }

    /**
     * Stores the notice's event (and its outage row, with the requests left unanswered in the outage)
     * in one transaction; failures are logged, never thrown.
     */
    void record(GatewayNotice notice, int requests) {
        EventType type = switch (notice.kind()) {
            case STOPPED -> EventType.GATEWAY_STOPPED;
            case RESUMED -> EventType.GATEWAY_RESUMED;
            case OUTAGE_STARTED -> EventType.GATEWAY_OUTAGE_STARTED;
            case OUTAGE_ENDED -> EventType.GATEWAY_OUTAGE_ENDED;
        };
        try {
            Jdbc.inTx(db, tx -> {
                if (notice.kind() == GatewayNotice.Kind.OUTAGE_STARTED) {
                    try (PreparedStatement ps = tx.connection().prepareStatement(
                            "insert into gateway_outages (started_at) values (?)")) {
                        Jdbc.setInstant(ps, 1, stored(notice.since()));
                        ps.executeUpdate();
                    }
                } else if (notice.kind() == GatewayNotice.Kind.OUTAGE_ENDED) {
                    try (PreparedStatement ps = tx.connection().prepareStatement(
                            "update gateway_outages set ended_at = ?, requests = ? where started_at = ?"
                                    + " and ended_at is null")) {
                        Jdbc.setInstant(ps, 1, notice.ended().orElse(clock.instant()));
                        ps.setInt(2, requests);
                        Jdbc.setInstant(ps, 3, stored(notice.since()));
                        ps.executeUpdate();
                    }
                }
                events.append(tx, type, notice, clock.instant(), ACTOR);
                return null;
            });
        } catch (RuntimeException e) {
            LOG.warn("Gateway notice {} not stored: {}", notice.kind(), e.getClass().getSimpleName());
        }
    }

    /**
     * An outage's start as stored: {@code started_at} keeps microseconds, and the row is found again
     * by it when the outage ends; a system clock gives nanoseconds, which H2 would not find equal.
     */
    static Instant stored(Instant since) {
        return since.truncatedTo(ChronoUnit.MICROS);
    }

    /** The outage the previous run recorded as begun and never saw end. */
    private Optional<OutageWatch.Outage> openOutage() {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select started_at, requests from gateway_outages"
                    + " where ended_at is null order by started_at desc")) {
                ps.setMaxRows(1);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.<OutageWatch.Outage>empty();
                    }
                    return Optional.of(new OutageWatch.Outage(Jdbc.instant(rs, "started_at"), rs.getInt("requests")));
                }
            }
        });
    }

    /** The last stop or resume event, when it is a stop. */
    private Optional<GatewayNotice> lastStop() {
        return Jdbc.inTransaction(db, c -> {
            try (PreparedStatement ps = c.prepareStatement("select type, payload from events where type in (?, ?)"
                    + " order by id desc")) {
                ps.setMaxRows(1);
                ps.setString(1, EventType.GATEWAY_STOPPED.wire());
                ps.setString(2, EventType.GATEWAY_RESUMED.wire());
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next() || !rs.getString(1).equals(EventType.GATEWAY_STOPPED.wire())) {
                        return Optional.<GatewayNotice>empty();
                    }
                    return Optional.of(events.readNotice(rs.getString(2)));
                }
            }
        });
    }
}
