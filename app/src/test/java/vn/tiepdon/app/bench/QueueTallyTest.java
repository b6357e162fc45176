package vn.tiepdon.app.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.HallCall;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.queue.TicketStatus;

/** The queue bench's bookkeeping finds what it must find: duplicates, lost events, and each call's delay. */
class QueueTallyTest {
    private static final ZoneId ZONE = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final Instant MORNING = Instant.parse("2026-12-01T01:00:00Z");
    private final QueueTally tally = new QueueTally(ZONE);

    @Test
    void countsANumberOrAnIdIssuedTwice() {
        tally.issued(ticket(1, "A001", "bhyt"));
        tally.issued(ticket(2, "A002", "bhyt"));
        tally.issued(ticket(3, "U001", "priority"));
        assertThat(tally.summary().duplicateIssues()).isZero();

        tally.issued(ticket(4, "A002", "bhyt")); // same number, another id
        tally.issued(ticket(3, "B001", "service")); // same id, another number
        QueueTally.Summary s = tally.summary();
        assertThat(s.duplicateIssues()).isEqualTo(2);
        assertThat(s.duplicates()).isEqualTo(2);
    }

    @Test
    void aNumberOfTheNextDayIsNoDuplicate() {
        tally.issued(ticket(1, "A001", "bhyt"));
        tally.issued(new TicketView(9, "A001", "bhyt", "Khám BHYT", TicketStatus.WAITING,
                MORNING.plusSeconds(86_400), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty()));
        assertThat(tally.summary().duplicateIssues()).isZero();
    }

    @Test
    void countsATicketCalledByTwoDesksOrCalledTwiceOnTheHall() {
        tally.called(new QueueTally.Call(1, "1", 0, 10, true));
        tally.called(new QueueTally.Call(1, "2", 5, 15, true));
        tally.hallEvent(called(10, 1, "1"), 20);
        tally.hallEvent(called(11, 1, "2"), 25);
        assertThat(tally.summary().duplicateCalls()).isEqualTo(2);
        assertThat(tally.summary().duplicates()).isEqualTo(2);
    }

    @Test
    void countsACallEventNamingAnotherCounterThanTheDeskThatGotTheTicket() {
        tally.called(new QueueTally.Call(1, "1", 0, 10, true));
        tally.hallEvent(called(10, 1, "2"), 20);
        assertThat(tally.summary().wrongCounterEvents()).isEqualTo(1);
        assertThat(tally.summary().duplicates()).isEqualTo(1);
    }

    @Test
    void measuresEachCallFromItsSendingAndFromItsAnswerAndCountsCallsWithoutAnEvent() throws Exception {
        tally.called(new QueueTally.Call(1, "1", 1_000_000, 9_000_000, true)); // sent at 1 ms, answered at 9 ms
        tally.hallEvent(called(10, 1, "1"), 8_000_000); // on the display at 8 ms: before the answer
        tally.called(new QueueTally.Call(2, "2", 0, 1_000_000, false)); // warm-up: not measured
        tally.hallEvent(called(11, 2, "2"), 50_000_000);
        tally.called(new QueueTally.Call(3, "1", 0, 1_000_000, true)); // its event never comes
        assertThat(tally.awaitCallEvents(java.time.Duration.ofMillis(50))).isFalse();

        QueueTally.Summary s = tally.summary();
        assertThat(s.eventAfterSendMicros()).containsExactly(7_000);
        assertThat(s.eventAfterAnswerMicros()).containsExactly(-1_000);
        assertThat(s.missingEvents()).isEqualTo(1);
        assertThat(s.duplicates()).isZero();
    }

    @Test
    void countsFailuresByRequestAndErrorCode() {
        tally.failed("next", new ApiException(503, new ApiError(ErrorCode.STORAGE_UNAVAILABLE, "db", "db",
                Optional.empty())));
        tally.failed("next", new ApiException(503, new ApiError(ErrorCode.STORAGE_UNAVAILABLE, "db", "db",
                Optional.empty())));
        tally.failed("checkin", new IllegalStateException("boom"));
        assertThat(tally.summary().errors()).containsExactly(
                java.util.Map.entry("checkin:IllegalStateException", 1L),
                java.util.Map.entry("next:STORAGE_UNAVAILABLE", 2L));
        assertThat(tally.summary().errorCount()).isEqualTo(3);
    }

    private static TicketView ticket(long id, String number, String queue) {
        return new TicketView(id, number, queue, queue, TicketStatus.WAITING, MORNING, Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static HallEvent called(long eventId, long ticketId, String counter) {
        return new HallEvent(eventId, EventType.TICKET_CALLED, MORNING, new HallCall(ticketId, "A00" + ticketId,
                "bhyt", "Khám BHYT", TicketStatus.CALLED, Optional.of(MORNING), Optional.of(counter),
                Optional.of("Quầy " + counter), false));
    }
}
