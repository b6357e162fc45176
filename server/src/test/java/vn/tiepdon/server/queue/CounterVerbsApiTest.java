package vn.tiepdon.server.queue;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.TestServer;

/**
 * The receptionists' verbs over the real API: call a chosen number, pause and resume, postpone and
 * return, skip (by hand and after too many recalls) and restore, transfer to a queue or a counter,
 * and priority that cannot starve the others. Counter 1 serves priority then bhyt; counter 2
 * priority, bhyt, service.
 */
class CounterVerbsApiTest {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    private TestServer server;
    private HttpReceptionClient desk;

    @BeforeEach
    void start() {
        server = TestServer.start();
        desk = server.receptionist();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private TicketView checkIn(String queueId) {
        return server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, CCCD_QR,
                Optional.empty(), Optional.of(queueId))).ticket();
    }

    private static ErrorCode refusal(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.error().orElseThrow().error();
        }
        throw new AssertionError("the call was not refused");
    }

    private String next(String counter) {
        return desk.counter(CounterVerb.NEXT, counter).map(TicketView::number).orElse("-");
    }

    @Test
    void callsAChosenNumberAndRefusesOneThatIsNotWaiting() {
        checkIn("bhyt");
        checkIn("bhyt");
        checkIn("bhyt");

        TicketView called = desk.call("1", "A002");
        assertThat(called.number()).isEqualTo("A002");
        assertThat(called.status()).isEqualTo(TicketStatus.CALLED);
        assertThat(called.counterId()).contains("1");
        assertThat(refusal(() -> desk.call("2", "A002"))).isEqualTo(ErrorCode.WRONG_STATE);
        assertThat(refusal(() -> desk.call("2", "A099"))).isEqualTo(ErrorCode.UNKNOWN_TICKET);
        // calling another number serves the current one first
        assertThat(desk.call("1", "A003").number()).isEqualTo("A003");
        assertThat(status("A002")).isEqualTo(TicketStatus.SERVED);
        assertThat(next("1")).isEqualTo("A001");
    }

    @Test
    void aPausedCounterCallsNobodyAndTheBoardKnows() {
        checkIn("bhyt");
        assertThat(desk.counterState(CounterVerb.PAUSE, "1")).map(CounterView::paused).contains(true);
        assertThat(desk.counterState(CounterVerb.PAUSE, "1")).as("paused already").isEmpty();
        assertThat(refusal(() -> desk.counter(CounterVerb.NEXT, "1"))).isEqualTo(ErrorCode.COUNTER_PAUSED);
        assertThat(refusal(() -> desk.call("1", "A001"))).isEqualTo(ErrorCode.COUNTER_PAUSED);
        assertThat(server.display().counters()).filteredOn(CounterView::paused).extracting(CounterView::id)
                .containsExactly("1");
        assertThat(next("2")).as("another counter still calls").isEqualTo("A001");

        assertThat(desk.counterState(CounterVerb.RESUME, "1")).map(CounterView::paused).contains(false);
        assertThat(server.display().counters()).noneMatch(CounterView::paused);
        assertThat(actors()).contains("counter.paused user:lan", "counter.resumed user:lan");
    }

    @Test
    void aPostponedTicketReturnsAtItsPlaceOrAtTheFront() {
        checkIn("bhyt");
        checkIn("bhyt");
        checkIn("bhyt");
        assertThat(next("1")).isEqualTo("A001");
        TicketView parked = desk.counter(CounterVerb.POSTPONE, "1").orElseThrow();
        assertThat(parked.status()).isEqualTo(TicketStatus.PARKED);
        assertThat(desk.counter(CounterVerb.FINISH, "1")).as("no current ticket now").isEmpty();
        assertThat(next("1")).isEqualTo("A002");
        assertThat(next("1")).isEqualTo("A003");

        TicketView back = desk.returnToQueue(parked.id(), ReturnRequest.Position.PLACE);
        assertThat(back.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(back.counterId()).isEmpty();
        assertThat(refusal(() -> desk.returnToQueue(parked.id(), ReturnRequest.Position.PLACE)))
                .as("only a parked ticket returns").isEqualTo(ErrorCode.WRONG_STATE);
        assertThat(next("1")).isEqualTo("A001");
    }

    @Test
    void aTicketReturnedToTheFrontIsCalledBeforeLowerNumbers() {
        checkIn("bhyt");
        checkIn("bhyt");
        checkIn("bhyt");
        assertThat(desk.call("1", "A003").number()).isEqualTo("A003");
        TicketView parked = desk.counter(CounterVerb.POSTPONE, "1").orElseThrow();
        desk.returnToQueue(parked.id(), ReturnRequest.Position.FRONT);
        assertThat(next("1")).isEqualTo("A003");
        assertThat(next("1")).isEqualTo("A001");
    }

    @Test
    void aSkippedTicketCanBeBroughtBackOnce() {
        checkIn("bhyt");
        checkIn("bhyt");
        assertThat(next("1")).isEqualTo("A001");
        TicketView skipped = desk.counter(CounterVerb.SKIP, "1").orElseThrow();
        assertThat(skipped.status()).isEqualTo(TicketStatus.SKIPPED);

        assertThat(desk.restore(skipped.id()).status()).isEqualTo(TicketStatus.WAITING);
        assertThat(refusal(() -> desk.restore(skipped.id()))).isEqualTo(ErrorCode.WRONG_STATE);
        assertThat(next("1")).as("back at its place").isEqualTo("A001");
    }

    @Test
    void aTicketRecalledThreeTimesIsSkippedAtTheFourthRecall() {
        checkIn("bhyt");
        next("1");
        for (int i = 1; i <= 3; i++) {
            assertThat(desk.counter(CounterVerb.RECALL, "1")).map(TicketView::status).as("recall " + i)
                    .contains(TicketStatus.CALLED);
        }
        assertThat(desk.counter(CounterVerb.RECALL, "1")).map(TicketView::status).contains(TicketStatus.SKIPPED);
        assertThat(desk.counter(CounterVerb.RECALL, "1")).as("nothing left to recall").isEmpty();
    }

    @Test
    void aTransferToAQueueCarriesItsNoteAndOnlyCountersServingThatQueueCallIt() {
        TicketView a1 = checkIn("bhyt");
        TicketView moved = desk.transfer(a1.id(), TransferRequest.toQueue("service", "Khám dịch vụ theo yêu cầu"))
                .orElseThrow();
        assertThat(moved.queueId()).isEqualTo("service");
        assertThat(moved.number()).as("the number stays").isEqualTo("A001");
        assertThat(moved.note()).contains("Khám dịch vụ theo yêu cầu");
        assertThat(desk.transfer(a1.id(), TransferRequest.toQueue("service", "again"))).as("already there").isEmpty();
        assertThat(next("1")).as("counter 1 does not serve 'service'").isEqualTo("-");
        TicketView called = desk.counter(CounterVerb.NEXT, "2").orElseThrow();
        assertThat(called.number()).isEqualTo("A001");
        assertThat(called.note()).contains("Khám dịch vụ theo yêu cầu");
    }

    @Test
    void aTransferToACounterIsCalledThereFirstAndNowhereElse() {
        checkIn("bhyt");
        TicketView a2 = checkIn("bhyt");
        TicketView called = desk.call("1", "A002");
        TicketView sent = desk.transfer(called.id(), TransferRequest.toCounter("2", "Cần xác nhận thẻ giấy"))
                .orElseThrow();
        assertThat(sent.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(sent.targetCounterId()).contains("2");
        assertThat(next("1")).as("counter 1 calls the others").isEqualTo("A001");
        assertThat(next("1")).as("never the one sent to counter 2").isEqualTo("-");
        assertThat(next("2")).isEqualTo("A002");
        assertThat(sent.id()).isEqualTo(a2.id());
    }

    @Test
    void badTransfersAreRefusedAndChangeNothing() {
        TicketView a1 = checkIn("bhyt");
        assertThat(refusal(() -> desk.transfer(a1.id(), TransferRequest.toQueue("nope", "x"))))
                .isEqualTo(ErrorCode.UNKNOWN_QUEUE);
        assertThat(refusal(() -> desk.transfer(a1.id(), TransferRequest.toCounter("9", "x"))))
                .isEqualTo(ErrorCode.UNKNOWN_COUNTER);
        assertThat(refusal(() -> desk.transfer(99_999, TransferRequest.toQueue("service", "x"))))
                .isEqualTo(ErrorCode.UNKNOWN_TICKET);
        next("1");
        desk.counter(CounterVerb.FINISH, "1");
        assertThat(refusal(() -> desk.transfer(a1.id(), TransferRequest.toQueue("service", "x"))))
                .as("a served ticket").isEqualTo(ErrorCode.WRONG_STATE);
        assertThat(status("A001")).isEqualTo(TicketStatus.SERVED);
    }

    @Test
    void priorityMayNotStarveTheOthers() {
        checkIn("priority");
        checkIn("priority");
        checkIn("priority");
        checkIn("bhyt");
        List<String> order = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            order.add(next("1"));
        }
        assertThat(order).containsExactly("U001", "U002", "A001", "U003");
    }

    @Test
    void anElderlyPatientGoesToThePriorityQueueByItself() {
        TicketView typed = server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.TYPED,
                "001040012345", Optional.of(1940), Optional.empty())).ticket();
        assertThat(typed.queueId()).isEqualTo("priority");
        assertThat(typed.number()).isEqualTo("U001");
        assertThat(typed.priority()).isTrue();
        TicketView young = server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR,
                CCCD_QR, Optional.empty(), Optional.empty())).ticket();
        assertThat(young.queueId()).isEqualTo("bhyt");
    }

    private TicketStatus status(String number) {
        return desk.tickets(Optional.empty()).stream().filter(t -> t.number().equals(number)).findFirst()
                .orElseThrow().status();
    }

    private List<String> actors() {
        List<String> out = new ArrayList<>();
        try (Connection c = server.server().database().connection();
             PreparedStatement ps = c.prepareStatement("select type, actor from events order by id");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(rs.getString(1) + " " + rs.getString(2));
            }
        } catch (java.sql.SQLException e) {
            throw new AssertionError(e);
        }
        return out;
    }

    @Test
    void aTokenThatIsNotAReceptionistsCannotUseTheVerbs() {
        TicketView a1 = checkIn("bhyt");
        assertThat(refusal(() -> server.kiosk().call("1", "A001"))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> server.display().restore(a1.id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(refusal(() -> server.kiosk().counterState(CounterVerb.PAUSE, "1"))).isEqualTo(ErrorCode.FORBIDDEN);
    }
}
