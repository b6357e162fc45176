package vn.tiepdon.server.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

class TicketStoreTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final Instant AT = Instant.parse("2026-11-22T01:00:00Z");
    Database db;
    TicketStore store;

    @BeforeEach
    void open() {
        db = TestSetups.h2();
        store = new TicketStore(db);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void numbersTicketsPerQueueFromOne() {
        assertThat(issue("bhyt", "A").number()).isEqualTo("A001");
        assertThat(issue("bhyt", "A").number()).isEqualTo("A002");
        assertThat(issue("service", "B").number()).isEqualTo("B001");
        assertThat(issue("bhyt", "A").number()).isEqualTo("A003");
    }

    @Test
    void restartsNumberingOnANewServiceDay() {
        issue("bhyt", "A");
        issue("bhyt", "A");
        Ticket tomorrow = issue(DAY.plusDays(1), "bhyt", "A", Optional.empty());
        assertThat(tomorrow.number()).isEqualTo("A001");
    }

    @Test
    void neverGivesTwoKiosksTheSameNumber() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Ticket>> jobs = new ArrayList<>();
            for (int i = 0; i < 80; i++) {
                jobs.add(() -> issue("bhyt", "A"));
            }
            List<String> numbers = new ArrayList<>();
            for (Future<Ticket> f : pool.invokeAll(jobs)) {
                numbers.add(f.get().number());
            }
            assertThat(numbers).doesNotHaveDuplicates().hasSize(80).contains("A001", "A080");
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void claimsAWaitingTicketOnlyOnce() {
        Ticket t = issue("bhyt", "A");
        assertThat(claim(t, "1")).isTrue();
        assertThat(claim(t, "2")).isFalse();
        assertThat(currentAt("1")).map(Ticket::number).contains("A001");
        assertThat(currentAt("2")).isEmpty();
    }

    @Test
    void closesACalledTicketAsServedOrSkipped() {
        Ticket t = issue("bhyt", "A");
        claim(t, "1");
        assertThat(close(t, TicketStatus.SKIPPED)).isTrue();
        assertThat(close(t, TicketStatus.SERVED)).isFalse();
        assertThat(store.find(t.id())).map(Ticket::status).contains(TicketStatus.SKIPPED);
    }

    @Test
    void keepsThePatientNameWithTheTicket() {
        Ticket t = issue(DAY, "bhyt", "A", Optional.of("Nguyễn Văn An"));
        assertThat(store.find(t.id()).flatMap(Ticket::patientName)).contains("Nguyễn Văn An");
    }

    @Test
    void keepsTheClinicChosenAtTheKioskWithItsRoom() {
        Clinic noi = new Clinic("noi", "Nội tổng quát", "Phòng 101 – Tầng 1");
        store.prepareNumbering(DAY, "bhyt");
        Ticket t = inTx(c -> store.issue(c, new TicketStore.NewTicket(DAY, "bhyt", "A", "kiosk-1", Optional.empty(),
                Optional.empty(), Optional.empty(), AT, Optional.of(noi))));

        assertThat(t.clinic()).contains(noi);
        assertThat(store.find(t.id()).flatMap(Ticket::clinic)).contains(noi);
        assertThat(store.find(issue("bhyt", "A").id()).flatMap(Ticket::clinic)).isEmpty();
    }

    @Test
    void movesOnlyAWaitingTicketToAnotherQueueKeepingItsNumberAndClinic() {
        Clinic nhi = new Clinic("nhi", "Nhi", "Phòng 110");
        store.prepareNumbering(DAY, "bhyt");
        Ticket t = inTx(c -> store.issue(c, new TicketStore.NewTicket(DAY, "bhyt", "A", "kiosk-1", Optional.empty(),
                Optional.empty(), Optional.empty(), AT, Optional.of(nhi))));
        Ticket called = issue("bhyt", "A");
        claim(called, "1");

        boolean waitingMoved = inTx(c -> store.moveWaiting(c, t.id(), "service", Optional.of("ghi chú")));
        boolean calledMoved = inTx(c -> store.moveWaiting(c, called.id(), "service", Optional.empty()));
        assertThat(waitingMoved).isTrue();
        assertThat(calledMoved).isFalse();

        Ticket moved = store.find(t.id()).orElseThrow();
        assertThat(moved.queueId()).isEqualTo("service");
        assertThat(moved.number()).isEqualTo("A001");
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.note()).contains("ghi chú");
        assertThat(moved.clinic()).contains(nhi);
        assertThat(store.find(called.id()).orElseThrow().queueId()).isEqualTo("bhyt");
    }

    private Ticket issue(String queue, String prefix) {
        return issue(DAY, queue, prefix, Optional.empty());
    }

    private Ticket issue(LocalDate day, String queue, String prefix, Optional<String> patientName) {
        store.prepareNumbering(day, queue);
        return inTx(c -> store.issue(c, newTicket(day, queue, prefix, patientName)));
    }

    private static TicketStore.NewTicket newTicket(LocalDate day, String queue, String prefix,
                                                   Optional<String> patientName) {
        return new TicketStore.NewTicket(day, queue, prefix, "kiosk-1", Optional.empty(), patientName,
                Optional.empty(), AT);
    }

    private boolean claim(Ticket t, String counter) {
        return inTx(c -> store.claim(c, t.id(), counter, AT));
    }

    private boolean close(Ticket t, TicketStatus status) {
        return inTx(c -> store.close(c, t.id(), status, AT));
    }

    private Optional<Ticket> currentAt(String counter) {
        return inTx(c -> store.currentAt(c, DAY, counter));
    }

    private <T> T inTx(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(db, work);
    }
}
