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
