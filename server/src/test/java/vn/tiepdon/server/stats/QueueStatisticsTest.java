package vn.tiepdon.server.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.stats.Durations;
import vn.tiepdon.core.stats.QueueMeasures;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.ScratchPostgres;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;

/**
 * Queue statistics over ticket histories made by the real verbs: a generated week (figures computed
 * apart by {@link QueueSimulation}), a transfer after a call, no-shows and restores, an empty
 * range; on H2, and on PostgreSQL when TIEPDON_TEST_PG_URL is set.
 */
class QueueStatisticsTest {
    static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    static final LocalDate MONDAY = LocalDate.of(2026, 11, 23);

    private static TestServer start(MutableClock clock, Optional<String> jdbcUrl) {
        TestServer.Builder b = TestServer.builder().clock(clock);
        jdbcUrl.ifPresent(b::jdbcUrl);
        return b.start();
    }

    private static QueueStatistics statistics(TestServer server) {
        return new QueueStatistics(server.server().database(), ZONE);
    }

    @Test
    void aGeneratedWeekGivesTheFiguresTheVerbsMade() throws Exception {
        MutableClock clock = TestSetups.clock();
        try (TestServer server = start(clock, Optional.empty())) {
            week(server, clock);
        }
    }

    @Test
    void aGeneratedWeekOnPostgres() throws Exception {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        MutableClock clock = TestSetups.clock();
        try (ScratchPostgres pg = ScratchPostgres.create(url.get(), "tiepdon_queue_stats");
             TestServer server = start(clock, Optional.of(pg.url()))) {
            week(server, clock);
        }
    }

    private static void week(TestServer server, MutableClock clock) throws Exception {
        QueueSimulation sim = new QueueSimulation(server.server(), clock, ZONE, 20261123L);
        for (int d = 0; d < 7; d++) {
            sim.day(MONDAY.plusDays(d), 160);
        }
        assertSimulationMatchesTheTickets(server, sim);
        // the simulation went through every case the definitions speak of
        assertThat(sim.tickets.values()).anyMatch(t -> t.finished == null && t.skipped)
                .anyMatch(t -> t.restored && t.finished != null)
                .anyMatch(t -> t.restored && t.finished == null && !t.skipped)
                .anyMatch(t -> t.transferredAfterCall && t.finished != null)
                .anyMatch(t -> t.transferredAfterCall && t.status == TicketStatus.WAITING)
                .anyMatch(t -> t.status == TicketStatus.PARKED)
                .anyMatch(t -> t.status == TicketStatus.CALLED);
        assertThat(sim.recallSkips).isPositive();
        assertThat(sim.implicitServes).isPositive();

        QueueStatistics stats = statistics(server);
        QueueStats week = stats.between(MONDAY, MONDAY.plusDays(6));
        assertThat(week).isEqualTo(sim.expected(MONDAY, MONDAY.plusDays(6)));
        assertThat(week.all().tickets()).isEqualTo(sim.tickets.size()).isGreaterThan(300);
        assertThat(week.all().noShows()).isPositive();
        assertThat(week.all().waiting().count()).isLessThan(week.all().tickets());
        assertThat(week.byQueue().keySet()).containsExactlyInAnyOrder("bhyt", "service", "priority");
        assertThat(week.byCounter().keySet()).containsExactlyInAnyOrder("1", "2");
        assertThat(week.byQueue().values().stream().mapToLong(QueueMeasures::tickets).sum())
                .isEqualTo(week.all().tickets());
        assertThat(week.byHour().values().stream().mapToLong(QueueMeasures::tickets).sum())
                .isEqualTo(week.all().tickets());
        assertThat(week.byHour().keySet()).allMatch(h -> h >= 7 && h <= 18);

        // a part of the range counts only its days' tickets
        assertThat(stats.between(MONDAY.plusDays(2), MONDAY.plusDays(4)))
                .isEqualTo(sim.expected(MONDAY.plusDays(2), MONDAY.plusDays(4)));
        assertThat(stats.between(MONDAY.plusDays(6), MONDAY.plusDays(6)))
                .isEqualTo(sim.expected(MONDAY.plusDays(6), MONDAY.plusDays(6)));

        // nothing in the range: zero figures
        QueueStats empty = stats.between(MONDAY.plusDays(30), MONDAY.plusDays(40));
        assertThat(empty.all()).isEqualTo(QueueMeasures.NONE);
        assertThat(empty.byQueue()).isEmpty();
        assertThat(empty.byCounter()).isEmpty();
        assertThat(empty.byHour()).isEmpty();
    }

    /** The simulation's record of each ticket agrees with what the server stored (else its expectations mean nothing). */
    private static void assertSimulationMatchesTheTickets(TestServer server, QueueSimulation sim) throws Exception {
        Map<Long, String> stored = new HashMap<>();
        try (Connection c = server.server().database().connection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("select id, status, queue_id from tickets")) {
            while (rs.next()) {
                stored.put(rs.getLong(1), rs.getString(2) + " " + rs.getString(3));
            }
        }
        Map<Long, String> seen = new HashMap<>();
        sim.tickets.values().forEach(t -> seen.put(t.id, t.status + " " + t.queue));
        assertThat(seen).isEqualTo(stored);
    }

    @Test
    void aTicketTransferredAfterItsCallWaitsUntilItsFirstCallAndIsServedFromItsLastOne() {
        MutableClock clock = TestSetups.clock();
        try (TestServer server = start(clock, Optional.empty())) {
            QueueSimulation sim = new QueueSimulation(server.server(), clock, ZONE, 1);
            LocalDate day = MONDAY;
            sim.at(day, LocalTime.of(8, 0));
            QueueSimulation.Seen a = sim.issue("bhyt", day);
            sim.advanceSeconds(60);
            QueueSimulation.Seen b = sim.issue("bhyt", day);
            sim.advanceSeconds(60);
            QueueSimulation.Seen c = sim.issue("bhyt", day);
            sim.at(day, LocalTime.of(8, 10));
            assertThat(sim.verb(CounterVerb.NEXT, "1")).map(t -> t.id).contains(a.id);
            sim.at(day, LocalTime.of(8, 12));
            sim.transfer(a, new TransferRequest(Optional.of("service"), Optional.empty(), "khám dịch vụ"));
            sim.at(day, LocalTime.of(8, 15));
            assertThat(sim.verb(CounterVerb.NEXT, "1")).map(t -> t.id).contains(b.id);
            sim.at(day, LocalTime.of(8, 20));
            assertThat(sim.call("2", a).id).isEqualTo(a.id);
            sim.at(day, LocalTime.of(8, 25));
            sim.verb(CounterVerb.FINISH, "2");
            sim.at(day, LocalTime.of(8, 27));
            sim.verb(CounterVerb.RECALL, "1");
            sim.at(day, LocalTime.of(8, 29));
            sim.verb(CounterVerb.FINISH, "1");
            sim.at(day, LocalTime.of(8, 30));
            assertThat(sim.verb(CounterVerb.NEXT, "1")).map(t -> t.id).contains(c.id);
            sim.at(day, LocalTime.of(8, 31));
            // sent to counter 2, which never calls it: still counted at counter 1, which called it last
            sim.transfer(c, new TransferRequest(Optional.empty(), Optional.of("2"), "quầy 2"));

            QueueStats stats = statistics(server).between(day, day);

            // a waited 600 s, b 840 s, c 1680 s; a served 300 s (from its call at counter 2), b 120 s (from the recall)
            assertThat(stats.all()).isEqualTo(new QueueMeasures(3, 2, 0, 1, new Durations(3, 840, 1680),
                    new Durations(2, 120, 300)));
            assertThat(stats.byQueue()).isEqualTo(Map.of(
                    "bhyt", new QueueMeasures(2, 1, 0, 1, new Durations(2, 840, 1680), new Durations(1, 120, 120)),
                    "service", new QueueMeasures(1, 1, 0, 0, new Durations(1, 600, 600),
                            new Durations(1, 300, 300))));
            assertThat(stats.byCounter()).isEqualTo(Map.of(
                    "1", new QueueMeasures(2, 1, 0, 1, new Durations(2, 840, 1680), new Durations(1, 120, 120)),
                    "2", new QueueMeasures(1, 1, 0, 0, new Durations(1, 600, 600), new Durations(1, 300, 300))));
            assertThat(stats.byHour()).isEqualTo(Map.of(8, stats.all()));
            assertThat(stats).isEqualTo(sim.expected(day, day));
        }
    }

    @Test
    void aNoShowIsASkipNeverUndoneAndNeverServed() {
        MutableClock clock = TestSetups.clock();
        try (TestServer server = start(clock, Optional.empty())) {
            QueueSimulation sim = new QueueSimulation(server.server(), clock, ZONE, 2);
            LocalDate day = MONDAY;
            sim.at(day, LocalTime.of(9, 0));
            QueueSimulation.Seen gone = sim.issue("bhyt", day);
            QueueSimulation.Seen cameBack = sim.issue("bhyt", day);
            QueueSimulation.Seen restoredServed = sim.issue("bhyt", day);
            QueueSimulation.Seen recalledAway = sim.issue("bhyt", day);
            QueueSimulation.Seen neverCalled = sim.issue("service", day);
            for (QueueSimulation.Seen t : new QueueSimulation.Seen[] {gone, cameBack, restoredServed}) {
                sim.advanceSeconds(100);
                sim.call("1", t);
                sim.advanceSeconds(30);
                sim.verb(CounterVerb.SKIP, "1");
            }
            sim.advanceSeconds(10);
            sim.restore(cameBack);
            sim.restore(restoredServed);
            sim.advanceSeconds(50);
            sim.call("1", restoredServed);
            sim.advanceSeconds(200);
            sim.verb(CounterVerb.FINISH, "1");
            sim.call("2", recalledAway);
            for (int i = 0; i < 4; i++) { // the recall after the third skips it
                sim.advanceSeconds(20);
                sim.verb(CounterVerb.RECALL, "2");
            }

            QueueStats stats = statistics(server).between(day, day);

            // gone and recalledAway are no-shows; cameBack (restored, not called again) and neverCalled are not served
            assertThat(stats.all().noShows()).isEqualTo(2);
            assertThat(stats.all().served()).isEqualTo(1);
            assertThat(stats.all().notServed()).isEqualTo(2);
            assertThat(stats.all().service()).isEqualTo(new Durations(1, 200, 200));
            // waits 100, 230, 360 (first calls) and 650 (recalledAway, called after all that)
            assertThat(stats.all().waiting()).isEqualTo(new Durations(4, 230, 650));
            assertThat(stats.byCounter().get("1").tickets()).isEqualTo(3);
            assertThat(stats.byCounter().get("2").noShows()).isEqualTo(1);
            assertThat(stats.byQueue().get("service")).isEqualTo(new QueueMeasures(1, 0, 0, 1, Durations.NONE,
                    Durations.NONE));
            assertThat(stats).isEqualTo(sim.expected(day, day));
        }
    }

    @Test
    void refusesARangeBackwardsOrLongerThanAYear() {
        MutableClock clock = TestSetups.clock();
        try (TestServer server = start(clock, Optional.empty())) {
            QueueStatistics stats = statistics(server);
            assertThatThrownBy(() -> stats.between(MONDAY, MONDAY.minusDays(1)))
                    .hasMessage("'from' (2026-11-23) is after 'to' (2026-11-22)");
            assertThatThrownBy(() -> stats.between(MONDAY, MONDAY.plusDays(366)))
                    .hasMessageContaining("367 days; at most 366");
            assertThat(stats.between(MONDAY, MONDAY.plusDays(365)).all()).isEqualTo(QueueMeasures.NONE);
        }
    }
}
