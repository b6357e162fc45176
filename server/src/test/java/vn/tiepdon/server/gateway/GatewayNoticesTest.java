package vn.tiepdon.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.GatewayHealthView;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.ScratchPostgres;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.GatewayReply;
import vn.tiepdon.server.eligibility.RequestBudget;
import vn.tiepdon.server.events.EventLog;
import vn.tiepdon.server.http.ApiJson;
import vn.tiepdon.server.storage.Database;

/**
 * Stops and outages as they are kept: events, {@code gateway_outages} rows, what a restarted server
 * finds. On H2, and on PostgreSQL when {@code TIEPDON_TEST_PG_URL} is set.
 */
class GatewayNoticesTest {
    private static final ZoneId VIETNAM = ZoneId.of("Asia/Ho_Chi_Minh");
    /** 08:00:00.123456789 in Vietnam: a system clock on Linux gives nanoseconds. */
    private static final Instant T0 = Instant.parse("2026-11-22T01:00:00.123456789Z");

    private final MutableClock clock = new MutableClock(T0, VIETNAM);
    private final List<AutoCloseable> open = new ArrayList<>();

    @AfterEach
    void close() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    private Database h2() {
        Database db = TestSetups.h2();
        open.add(db::close);
        return db;
    }

    private Database postgres() throws SQLException {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set");
        ScratchPostgres scratch = ScratchPostgres.create(url.get(), "gateway_notices");
        open.add(scratch);
        Database db = Database.open(scratch.url(), Optional.empty(), Optional.empty());
        open.add(db::close);
        return db;
    }

    /** A guard attached to {@code db} as a starting server attaches it. */
    private GatewayGuard attached(Database db) {
        GatewayGuard guard = new GatewayGuard(new GatewayGuard.Settings(RequestBudget.Quota.unlimited(),
                Duration.ZERO, Duration.ofMinutes(5)), clock);
        new GatewayNotices(db, new EventLog(db, ApiJson.create()), clock).attach(guard);
        return guard;
    }

    private static GatewayReply timeout() {
        return new GatewayReply.Failed(LookupOutcome.Reason.TIMEOUT, "no answer within 3900 ms", false);
    }

    private static GatewayReply answer() {
        return new GatewayReply.Coded("000", Optional.empty());
    }

    /** {@code started_at}, {@code ended_at} (null while open), {@code requests} of each row. */
    private static List<Object[]> rows(Database db) throws SQLException {
        try (Connection c = db.connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select started_at, ended_at, requests from gateway_outages order by id")) {
            List<Object[]> out = new ArrayList<>();
            while (rs.next()) {
                OffsetDateTime ended = rs.getObject(2, OffsetDateTime.class);
                out.add(new Object[] {rs.getObject(1, OffsetDateTime.class).toInstant(),
                        ended == null ? null : ended.toInstant(), rs.getInt(3)});
            }
            return out;
        }
    }

    private void outageEndedByAnAnswer(Database db) throws SQLException {
        GatewayGuard guard = attached(db);
        guard.observe(timeout());
        clock.advance(Duration.ofMinutes(5));
        guard.observe(timeout());
        assertThat(rows(db)).hasSize(1);

        clock.advance(Duration.ofMinutes(2));
        guard.observe(answer());

        List<Object[]> rows = rows(db);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[1]).as("the outage's end is on record").isNotNull();
        assertThat((Instant) rows.get(0)[1]).isCloseTo(T0.plus(Duration.ofMinutes(7)),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));
        assertThat(rows.get(0)[2]).isEqualTo(2);
        List<ReceptionEvent> events = new EventLog(db, ApiJson.create()).after(0, 10);
        assertThat(events).extracting(ReceptionEvent::type)
                .containsExactly(EventType.GATEWAY_OUTAGE_STARTED, EventType.GATEWAY_OUTAGE_ENDED);
        assertThat(events.get(1).gateway().orElseThrow().detail()).isEqualTo("2 request(s) during the outage");
    }

    @Test
    void anAnswerClosesTheOutageRowWhateverThePrecisionOfTheClockH2() throws SQLException {
        outageEndedByAnAnswer(h2());
    }

    @Test
    void anAnswerClosesTheOutageRowWhateverThePrecisionOfTheClockPostgres() throws SQLException {
        outageEndedByAnAnswer(postgres());
    }

    private void outageAcrossARestart(Database db) throws SQLException {
        GatewayGuard before = attached(db);
        before.observe(timeout());
        clock.advance(Duration.ofMinutes(6));
        before.outages().check();
        assertThat(rows(db)).hasSize(1);

        // the server restarts while the gateway is still down
        clock.advance(Duration.ofMinutes(1));
        GatewayGuard after = attached(db);
        assertThat(after.outages().current().map(o -> o.since())).as("the outage goes on after the restart")
                .isPresent();
        clock.advance(Duration.ofMinutes(3));
        after.observe(answer());

        List<Object[]> rows = rows(db);
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0)[1]).as("the first answer after the restart ends it").isNotNull();
        assertThat((Instant) rows.get(0)[1]).isCloseTo(T0.plus(Duration.ofMinutes(10)),
                org.assertj.core.api.Assertions.within(1, java.time.temporal.ChronoUnit.MILLIS));

        // the next day shows no outage: none was left open
        GatewayHealthView nextDay = new GatewayHealthStore(db, VIETNAM).day(LocalDate.of(2026, 11, 23),
                T0.plus(Duration.ofDays(1)));
        assertThat(nextDay.outages()).isEmpty();
    }

    @Test
    void anOutageInProgressGoesOnAfterARestartAndTheNextAnswerEndsItH2() throws SQLException {
        outageAcrossARestart(h2());
    }

    @Test
    void anOutageInProgressGoesOnAfterARestartAndTheNextAnswerEndsItPostgres() throws SQLException {
        outageAcrossARestart(postgres());
    }

    @Test
    void theLastStopOrResumeDecidesWhetherARestartedServerIsStopped() throws SQLException {
        Database db = h2();
        GatewayGuard first = attached(db);
        first.stop().stop("restricted-account reply");
        first.stop().resume("user:admin");
        clock.advance(Duration.ofMinutes(1));
        first.stop().stop("the gateway refused the account 2 times in a row, each after a fresh login");

        GatewayGuard second = attached(db);
        assertThat(second.stop().current().map(s -> s.detail()))
                .contains("the gateway refused the account 2 times in a row, each after a fresh login");
        assertThat(second.stop().current().map(s -> s.since())).contains(T0.plus(Duration.ofMinutes(1)));
        second.stop().resume("user:admin");

        GatewayGuard third = attached(db);
        assertThat(third.stop().current()).isEmpty();
        assertThat(new EventLog(db, ApiJson.create()).after(0, 10)).extracting(ReceptionEvent::type).containsExactly(
                EventType.GATEWAY_STOPPED, EventType.GATEWAY_RESUMED, EventType.GATEWAY_STOPPED,
                EventType.GATEWAY_RESUMED);
    }
}
