package vn.tiepdon.core.queue;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class CallOrderTest {
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    final CounterDefinition counter = new CounterDefinition("1", "Quầy 1", List.of("priority", "bhyt"));

    @Test
    void callsThePriorityQueueFirst() {
        List<Ticket> waiting = List.of(ticket(1, "bhyt", 1), ticket(2, "priority", 1), ticket(3, "bhyt", 2));
        assertThat(CallOrder.next(counter, waiting)).map(Ticket::number).contains("priority-1");
    }

    @Test
    void callsTheLowestNumberWithinAQueue() {
        List<Ticket> waiting = List.of(ticket(3, "bhyt", 3), ticket(1, "bhyt", 1), ticket(2, "bhyt", 2));
        assertThat(CallOrder.next(counter, waiting)).map(Ticket::number).contains("bhyt-1");
    }

    @Test
    void ignoresQueuesTheCounterDoesNotServe() {
        assertThat(CallOrder.next(counter, List.of(ticket(1, "service", 1)))).isEmpty();
    }

    @Test
    void ignoresTicketsNoLongerWaiting() {
        Ticket called = ticket(1, "bhyt", 1).called("2", Instant.EPOCH);
        assertThat(CallOrder.next(counter, List.of(called))).isEmpty();
    }

    private static final java.util.Set<String> PRIORITY = java.util.Set.of("priority");

    @Test
    void priorityMayNotStarveTheOthers() {
        List<Ticket> waiting = List.of(ticket(1, "bhyt", 1), ticket(2, "priority", 1), ticket(3, "priority", 2));
        assertThat(CallOrder.next(counter, waiting, PRIORITY, 0, 2)).map(Ticket::number).contains("priority-1");
        assertThat(CallOrder.next(counter, waiting, PRIORITY, 1, 2)).map(Ticket::number).contains("priority-1");
        assertThat(CallOrder.next(counter, waiting, PRIORITY, 2, 2)).map(Ticket::number).contains("bhyt-1");
    }

    @Test
    void aPriorityRunGoesOnWhenNobodyElseWaits() {
        List<Ticket> waiting = List.of(ticket(2, "priority", 1), ticket(3, "service", 1));
        assertThat(CallOrder.next(counter, waiting, PRIORITY, 5, 2)).map(Ticket::number).contains("priority-1");
    }

    @Test
    void theStreakCountsPriorityCallsInARow() {
        assertThat(CallOrder.streakAfter(ticket(1, "priority", 1), PRIORITY, 1)).isEqualTo(2);
        assertThat(CallOrder.streakAfter(ticket(1, "bhyt", 1), PRIORITY, 1)).isZero();
    }

    @Test
    void aTicketTransferredToThisCounterComesFirstAndOthersNeverCallIt() {
        Ticket sentTo1 = transferred(ticket(5, "service", 1), "1");
        Ticket sentTo2 = transferred(ticket(4, "bhyt", 9), "2");
        List<Ticket> waiting = List.of(ticket(1, "priority", 1), sentTo1, sentTo2);
        assertThat(CallOrder.next(counter, waiting)).map(Ticket::number).contains("service-1");
        CounterDefinition two = new CounterDefinition("2", "Quầy 2", List.of("bhyt"));
        assertThat(CallOrder.next(two, List.of(sentTo1, ticket(6, "bhyt", 2), sentTo2))).map(Ticket::number)
                .contains("bhyt-9");
        assertThat(CallOrder.next(two, List.of(sentTo1))).isEmpty();
    }

    @Test
    void aTicketReturnedToTheFrontGoesBeforeLowerNumbers() {
        Ticket front = new Ticket(9, "bhyt-9", "bhyt", DAY, 9, TicketStatus.WAITING, Instant.EPOCH, Optional.empty(),
                Optional.empty(), Optional.empty(), "kiosk-1", Optional.empty(), Optional.empty(), 0, 0,
                Optional.empty(), Optional.empty(), Optional.empty());
        assertThat(CallOrder.next(counter, List.of(ticket(1, "bhyt", 1), front))).map(Ticket::number)
                .contains("bhyt-9");
    }

    private static Ticket transferred(Ticket t, String counterId) {
        return new Ticket(t.id(), t.number(), t.queueId(), t.serviceDay(), t.sequence(), t.status(), t.issuedAt(),
                t.calledAt(), t.counterId(), t.lookupId(), t.kioskId(), t.patientName(), t.identityCheck(),
                t.orderKey(), t.recalls(), Optional.of("xem kết quả"), Optional.of(counterId),
                t.clinic());
    }

    @Test
    void formatsTicketNumbersWithThreeDigitsAtLeast() {
        assertThat(TicketNumbering.format("A", 1)).isEqualTo("A001");
        assertThat(TicketNumbering.format("U", 999)).isEqualTo("U999");
        assertThat(TicketNumbering.format("A", 1234)).isEqualTo("A1234");
    }

    private static Ticket ticket(long id, String queue, int seq) {
        return new Ticket(id, queue + "-" + seq, queue, DAY, seq, TicketStatus.WAITING, Instant.EPOCH,
                Optional.empty(), Optional.empty(), Optional.empty(), "kiosk-1", Optional.empty(), Optional.empty());
    }
}
