package vn.tiepdon.server.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.QueueRules;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.CheckinOptions;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;

/**
 * What the patient chooses at the kiosk, over the real API: a clinic (its room stored with the
 * ticket and returned to kiosk and desk), and fee-paying after a lookup that says the card cannot
 * be used — a change only the kiosk that issued the ticket may make, and only soon after.
 */
class KioskChoicesApiTest {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    private static final Clinic NOI = new Clinic("noi", "Nội tổng quát", "Phòng 101 – Tầng 1");
    private final MutableClock clock = TestSetups.clock();
    private final List<AutoCloseable> closing = new ArrayList<>();
    private TestServer server;

    private TestServer start(HospitalSetup setup) {
        server = TestServer.builder().setup(setup).clock(clock).start();
        closing.add(server);
        return server;
    }

    @AfterEach
    void stop() throws Exception {
        for (int i = closing.size() - 1; i >= 0; i--) {
            closing.get(i).close();
        }
    }

    private TicketView checkIn(HttpReceptionClient kiosk, String kioskId, Optional<String> queue,
                               Optional<String> clinic) {
        return kiosk.checkIn(new CheckinRequest(kioskId, IdentificationMethod.QR, CCCD_QR, Optional.empty(), queue,
                Optional.empty(), clinic)).ticket();
    }

    private TicketView checkIn(Optional<String> queue, Optional<String> clinic) {
        return checkIn(server.kiosk(), TestServer.KIOSK, queue, clinic);
    }

    private static ErrorCode refusal(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.error().orElseThrow().error();
        }
        throw new AssertionError("the call was not refused");
    }

    private TicketView asDeskSeesIt(long ticketId) {
        return server.receptionist().tickets(Optional.empty()).stream().filter(t -> t.id() == ticketId).findFirst()
                .orElseThrow();
    }

    @Test
    void setupTellsTheKioskItsClinicsAndTheFeePayingQueue() {
        start(TestSetups.hospitalWithClinics());

        SetupView setup = server.kiosk().setup();

        assertThat(setup.kioskRegistration()).isTrue();
        assertThat(setup.feePayingQueueId()).contains("service");
        assertThat(setup.clinics()).extracting(c -> c.id() + "|" + c.name() + "|" + c.room() + "|" + c.queueId())
                .containsExactly("noi|Nội tổng quát|Phòng 101 – Tầng 1|noi", "nhi|Nhi|Phòng 110 – Tầng 1|bhyt");
    }

    @Test
    void aClinicsTicketWaitsInItsQueueAndKeepsItsRoomForKioskDeskAndEvents() throws SQLException {
        start(TestSetups.hospitalWithClinics());

        TicketView issued = checkIn(Optional.empty(), Optional.of("noi"));

        assertThat(issued.queueId()).isEqualTo("noi");
        assertThat(issued.number()).isEqualTo("N001");
        assertThat(issued.clinic()).contains(NOI);
        assertThat(asDeskSeesIt(issued.id()).clinic()).contains(NOI);
        assertThat(events(issued.id())).singleElement().satisfies(e -> assertThat(e)
                .startsWith("ticket.issued|kiosk:kiosk-1|").contains("\"room\":\"Phòng 101 – Tầng 1\""));
        // stored, not recomputed: it is still there after a restart
        server.restart();
        assertThat(asDeskSeesIt(issued.id()).clinic()).contains(NOI);
        // a ticket without a clinic has none
        assertThat(checkIn(Optional.empty(), Optional.empty()).clinic()).isEmpty();
    }

    @Test
    void theClinicsRoomGoesWithAQueueTheKioskNamesAndWithPriorityByAge() {
        start(TestSetups.hospitalWithClinics());

        TicketView feePaying = checkIn(Optional.of("service"), Optional.of("nhi"));
        TicketView elderly = server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.TYPED,
                "001040012345", Optional.of(1940), Optional.empty(), Optional.empty(), Optional.of("noi"))).ticket();
        TicketView bhyt = checkIn(Optional.empty(), Optional.of("nhi"));

        assertThat(feePaying.number()).isEqualTo("B001");
        assertThat(feePaying.clinic().map(Clinic::room)).contains("Phòng 110 – Tầng 1");
        assertThat(elderly.number()).isEqualTo("U001");
        assertThat(elderly.clinic()).contains(NOI);
        assertThat(bhyt.number()).isEqualTo("A001");
        assertThat(bhyt.clinic().map(Clinic::name)).contains("Nhi");
    }

    @Test
    void anUnknownClinicIsRefusedBeforeAnyLookupOrTicket() {
        start(TestSetups.hospitalWithClinics());

        assertThat(refusal(() -> checkIn(Optional.empty(), Optional.of("mat")))).isEqualTo(ErrorCode.UNKNOWN_CLINIC);
        assertThat(server.receptionist().tickets(Optional.empty())).isEmpty();
    }

    @Test
    void theKioskMovesItsOwnJustIssuedTicketToTheFeePayingQueue() throws SQLException {
        start(TestSetups.hospitalWithClinics());
        TicketView issued = checkIn(Optional.empty(), Optional.of("nhi"));
        clock.advance(Duration.ofSeconds(40));

        TicketView moved = server.kiosk().chooseFeePaying(issued.id());

        assertThat(moved.id()).isEqualTo(issued.id());
        assertThat(moved.number()).as("the number stays").isEqualTo("A001");
        assertThat(moved.queueId()).isEqualTo("service");
        assertThat(moved.queueName()).isEqualTo("Khám dịch vụ");
        assertThat(moved.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(moved.clinic().map(Clinic::room)).as("the room stays").contains("Phòng 110 – Tầng 1");
        assertThat(moved.note()).contains("Người bệnh chọn khám dịch vụ (tự chi trả) tại kiosk");
        assertThat(asDeskSeesIt(issued.id()).queueId()).isEqualTo("service");
        // asked again (an answer lost on the way): the same ticket, no second event
        assertThat(server.kiosk().chooseFeePaying(issued.id()).queueId()).isEqualTo("service");
        assertThat(events(issued.id())).extracting(e -> e.substring(0, e.indexOf('|', e.indexOf('|') + 1)))
                .containsExactly("ticket.issued|kiosk:kiosk-1", "ticket.transferred|kiosk:kiosk-1");
        // counter 2 serves the fee-paying queue: it calls the ticket there
        assertThat(server.receptionist().counter(CounterVerb.NEXT, "2").map(TicketView::number)).contains("A001");
    }

    @Test
    void anotherKioskMayNotMoveTheTicket() {
        start(TestSetups.hospitalWithClinics());
        TicketView issued = checkIn(Optional.empty(), Optional.empty());
        HttpReceptionClient other = new HttpReceptionClient(List.of(server.baseUrl()),
                Optional.of(server.server().access().registerDevice("kiosk-2", Role.KIOSK)), Duration.ofSeconds(10));
        closing.add(other);

        assertThat(refusal(() -> other.chooseFeePaying(issued.id()))).isEqualTo(ErrorCode.FORBIDDEN);
        assertThat(asDeskSeesIt(issued.id()).queueId()).isEqualTo("bhyt");
    }

    @Test
    void theKioskIsTooLateAfterTheChoiceWindowButTheDeskIsNot() {
        start(TestSetups.hospitalWithClinics());
        TicketView issued = checkIn(Optional.empty(), Optional.empty());
        clock.advance(Duration.ofMinutes(2).plusSeconds(1));

        assertThat(refusal(() -> server.kiosk().chooseFeePaying(issued.id()))).isEqualTo(ErrorCode.CHOICE_EXPIRED);
        assertThat(asDeskSeesIt(issued.id()).queueId()).isEqualTo("bhyt");
        assertThat(server.receptionist().chooseFeePaying(issued.id()).queueId()).isEqualTo("service");
    }

    @Test
    void aTicketAlreadyCalledDoesNotMove() {
        start(TestSetups.hospitalWithClinics());
        TicketView issued = checkIn(Optional.empty(), Optional.empty());
        server.receptionist().counter(CounterVerb.NEXT, "1");

        assertThat(refusal(() -> server.kiosk().chooseFeePaying(issued.id()))).isEqualTo(ErrorCode.WRONG_STATE);
        assertThat(refusal(() -> server.kiosk().chooseFeePaying(issued.id() + 1000)))
                .isEqualTo(ErrorCode.UNKNOWN_TICKET);
        assertThat(asDeskSeesIt(issued.id()).status()).isEqualTo(TicketStatus.CALLED);
    }

    @Test
    void aHospitalWithoutAFeePayingQueueRefusesTheMove() {
        HospitalSetup plain = TestSetups.hospital().withCheckin(CheckinOptions.none());
        start(new HospitalSetup(plain.hospitalCode(), plain.hospitalName(), plain.queues(), plain.counters(),
                plain.zone(), plain.defaultQueueId(), QueueRules.defaults()));
        TicketView issued = checkIn(Optional.empty(), Optional.empty());

        assertThat(server.kiosk().setup().feePayingQueueId()).isEmpty();
        assertThat(refusal(() -> server.kiosk().chooseFeePaying(issued.id()))).isEqualTo(ErrorCode.UNKNOWN_QUEUE);
    }

    /** {@code type|actor|payload} of the ticket's stored events, oldest first. */
    private List<String> events(long ticketId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = server.server().database().connection();
             PreparedStatement ps = c.prepareStatement("select type, actor, payload from events where ticket_id = ?"
                     + " order by id")) {
            ps.setLong(1, ticketId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3));
                }
            }
        }
        return out;
    }
}
