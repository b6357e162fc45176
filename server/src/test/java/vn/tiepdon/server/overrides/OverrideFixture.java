package vn.tiepdon.server.overrides;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ChipReading;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.PassiveAuthReport;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.checkin.RetrySchedule;

/**
 * A {@link TestServer} whose gateway answers what {@link #answer} says and records what it was
 * asked, with helpers for check-ins and overrides. The clock is the test's: 2026-11-22, 08:00.
 */
final class OverrideFixture implements AutoCloseable {
    static final String CCCD = "079090001234";
    static final String CCCD_QR = CCCD + "||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final String CORRECTED_CCCD = "001085012345";
    static final String CARD = "HS4010120878811";
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final RetrySchedule RETRIES = new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(40), 3);

    final MutableClock clock = TestSetups.clock();
    final List<LookupRequest> asked = Collections.synchronizedList(new ArrayList<>());
    final AtomicReference<Function<LookupRequest, LookupOutcome>> gateway = new AtomicReference<>(r -> eligible());
    final TestServer server;
    final HttpReceptionClient desk;

    OverrideFixture() {
        this("jdbc:h2:mem:override" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    OverrideFixture(String jdbcUrl) {
        server = TestServer.builder().jdbcUrl(jdbcUrl).clock(clock).retries(RETRIES).eligibility(request -> {
            asked.add(request);
            return gateway.get().apply(request);
        }).start();
        desk = server.receptionist();
    }

    void answer(LookupOutcome outcome) {
        gateway.set(r -> outcome);
    }

    static LookupOutcome eligible() {
        return new LookupOutcome.Answered("000", LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ.", "Mã 000: thẻ còn giá trị",
                Optional.empty(), 12, 1);
    }

    /** Code 051: the name does not match the card. */
    static LookupOutcome wrongName() {
        return new LookupOutcome.Answered("051", LookupClass.FIXABLE_DATA_ERROR, "Vui lòng đến quầy tiếp đón.",
                "Mã 051: họ tên không khớp", Optional.empty(), 15, 1);
    }

    /** Code 050: no such card. */
    static LookupOutcome notFound() {
        return new LookupOutcome.Answered("050", LookupClass.NOT_ELIGIBLE, "Vui lòng đến quầy tiếp đón.",
                "Mã 050: không tìm thấy thẻ", Optional.empty(), 15, 1);
    }

    static LookupOutcome timeout() {
        return new LookupOutcome.NoAnswer(LookupOutcome.Reason.TIMEOUT, "no answer within 3900 ms",
                ResultCodes.patientMessage(LookupOutcome.Reason.TIMEOUT),
                ResultCodes.staffMessage(LookupOutcome.Reason.TIMEOUT, "no answer"), 3900, 1);
    }

    /** A check-in with the CCCD's QR (name and birth date known). */
    TicketView checkInQr() {
        return server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, CCCD_QR,
                Optional.empty(), Optional.empty())).ticket();
    }

    /** A check-in of a typed number with a birth year: no name. */
    TicketView checkInTyped(String number) {
        return server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.TYPED, number,
                Optional.of(1990), Optional.empty())).ticket();
    }

    /** A chip check-in whose passive authentication said {@code verdict}. */
    TicketView checkInChip(PassiveAuthReport.Verdict verdict) {
        ChipReading chip = new ChipReading(CCCD, Optional.empty(), "Nguyễn Văn An", "1990-08-15",
                Optional.of(Sex.MALE), Optional.empty(), Optional.of("2021-04-20"), Optional.empty(), verdict,
                AccessMethod.BAC);
        return server.kiosk().checkIn(CheckinRequest.fromChip(TestServer.KIOSK, chip, Optional.empty())).ticket();
    }

    static long lookupId(TicketView ticket) {
        return ticket.lookup().orElseThrow().id();
    }

    static LookupOverride rerun(String reason, Optional<String> fullName, Optional<String> idNumber,
                                Optional<String> cardNumber, Optional<String> dateOfBirth) {
        return new LookupOverride(LookupOverride.Action.RERUN, reason, fullName, idNumber, cardNumber, dateOfBirth);
    }

    static LookupOverride accept(LookupOverride.Action action, String reason, String cardNumber) {
        return new LookupOverride(action, reason, Optional.empty(), Optional.empty(), Optional.of(cardNumber),
                Optional.empty());
    }

    static LookupOverride feePaying(String reason) {
        return new LookupOverride(LookupOverride.Action.FEE_PAYING, reason, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    /** The error a call was refused with (fails when it was not). */
    static ApiError refusal(Runnable call) {
        try {
            call.run();
        } catch (ApiException e) {
            return e.error().orElseThrow();
        }
        throw new AssertionError("the call was not refused");
    }

    /** Today's lookup log as the desk reads it. */
    List<LookupView> lookups() {
        return desk.lookups(DAY, false);
    }

    LookupView lookup(long id) {
        return lookups().stream().filter(l -> l.id() == id).findFirst().orElseThrow();
    }

    TicketView ticket(long id) {
        return desk.tickets(Optional.empty()).stream().filter(t -> t.id() == id).findFirst().orElseThrow();
    }

    /** Rows in the audit table, for the lookups of this server. */
    long auditRows() {
        return count("select count(*) from lookup_audit where lookup_id in (select id from lookups)");
    }

    long count(String sql) {
        try (Connection c = server.server().database().connection();
             PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
    }

    long lastEventId() {
        return server.server().events().lastId();
    }

    @Override
    public void close() {
        server.close();
    }
}
