package vn.tiepdon.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The same schema and numbering on a real PostgreSQL, two server instances sharing it. Skipped
 * (with the reason) when TIEPDON_TEST_PG_URL is not set.
 */
@Tag("postgres")
class PostgresTicketStoreTest {

    @Test
    void twoServerInstancesOnOnePostgresNeverShareANumber() throws Exception {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        try (Database first = Database.open(url.get(), Optional.empty(), Optional.empty());
             Database second = Database.open(url.get(), Optional.empty(), Optional.empty())) {
            try (Connection c = first.connection(); Statement s = c.createStatement()) {
                s.executeUpdate("delete from ticket_portraits");
                s.executeUpdate("delete from events");
                s.executeUpdate("delete from lookup_attempts");
                s.executeUpdate("delete from tickets");
                s.executeUpdate("delete from ticket_sequences");
                s.executeUpdate("delete from lookups");
            }
            TicketStore a = new TicketStore(first);
            TicketStore b = new TicketStore(second);
            LocalDate day = LocalDate.of(2026, 11, 22);
            Instant at = Instant.parse("2026-11-22T01:00:00Z");
            ExecutorService pool = Executors.newFixedThreadPool(6);
            try {
                List<Callable<Ticket>> jobs = new ArrayList<>();
                for (int i = 0; i < 60; i++) {
                    TicketStore store = i % 2 == 0 ? a : b;
                    Database db = i % 2 == 0 ? first : second;
                    jobs.add(() -> {
                        store.prepareNumbering(day, "bhyt");
                        return Jdbc.inTransaction(db, c -> store.issue(c, new TicketStore.NewTicket(day, "bhyt", "A",
                                "kiosk-1", Optional.empty(), Optional.empty(), Optional.empty(), at)));
                    });
                }
                List<String> numbers = new ArrayList<>();
                for (Future<Ticket> f : pool.invokeAll(jobs)) {
                    numbers.add(f.get().number());
                }
                assertThat(numbers).doesNotHaveDuplicates().hasSize(60).contains("A001", "A060");
            } finally {
                pool.shutdownNow();
            }
        }
    }

    @Test
    void keepsAClinicsRoomOnPostgres() {
        Optional<String> url = TestSetups.postgresUrl();
        assumeTrue(url.isPresent(), "TIEPDON_TEST_PG_URL not set: PostgreSQL test skipped");
        // a day of its own: other tests share this database
        LocalDate day = LocalDate.of(2031, 1, 1).plusDays(System.nanoTime() % 3000);
        Clinic noi = new Clinic("noi", "Nội tổng quát", "Phòng 101 – Tầng 1");
        try (Database db = Database.open(url.get(), Optional.empty(), Optional.empty())) {
            TicketStore store = new TicketStore(db);
            store.prepareNumbering(day, "bhyt");
            Ticket t = Jdbc.inTransaction(db, c -> store.issue(c, new TicketStore.NewTicket(day, "bhyt", "A",
                    "kiosk-1", Optional.empty(), Optional.empty(), Optional.empty(),
                    Instant.parse("2026-11-22T01:00:00Z"), Optional.of(noi))));
            assertThat(store.find(t.id()).flatMap(Ticket::clinic)).contains(noi);
        }
    }
}
