package vn.tiepdon.server.reports;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ChipReading;
import vn.tiepdon.core.api.ReportFormat;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.PassiveAuthReport;
import vn.tiepdon.core.identity.Sex;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.GatewayTry;
import vn.tiepdon.server.eligibility.ReceivedReply;
import vn.tiepdon.server.eligibility.SentRequest;

/**
 * A {@link TestServer} whose gateway answers what {@link #gateway} says, telling the lookup log what
 * each request sent and what came back (as the real gateway client does). The clock starts
 * 2026-11-22 08:00 in Vietnam.
 */
final class ReportFixture implements AutoCloseable {
    static final LocalDate DAY = LocalDate.of(2026, 11, 22);
    static final String CCCD = "079090001234";
    static final String CCCD_QR = CCCD + "||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final String CHIP_CCCD = "001195012345";
    /** A BHYT QR (bhxh-gateway.md §5 example 1): HC4010123456789, Nguyễn Văn A, 05/03/1994, Nam. */
    static final String BHYT_QR = "HC4010123456789|4e677579e1bb856e2056c4836e2041|05/03/1994|1"
            + "|53e1bb912031322c205068c6b0e1bb9d6e672042e1babf6e204e6768c3a92c2054502048e1bb93204368c3ad204d696e68"
            + "|79 - 024|01/01/2025|31/12/2025|15/12/2024|7901234567|-|K1|01/06/2027|0a1b2c3d4e5f-3|$";
    static final RetrySchedule RETRIES = new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(40), 1);

    final MutableClock clock = TestSetups.clock();
    final AtomicReference<Function<LookupRequest, LookupOutcome>> gateway = new AtomicReference<>(r -> answer("000"));
    final TestServer server;

    ReportFixture() {
        this("jdbc:h2:mem:report" + System.nanoTime() + ";DB_CLOSE_DELAY=-1");
    }

    ReportFixture(String jdbcUrl) {
        server = TestServer.builder().jdbcUrl(jdbcUrl).clock(clock).retries(RETRIES).eligibility(new Scripted())
                .start();
    }

    /** The gateway's answer with {@code code}, its message "Thông báo mã …", and no card. */
    static LookupOutcome answer(String code) {
        return answer(code, Optional.empty());
    }

    static LookupOutcome answer(String code, Optional<GatewayCard> card) {
        var meaning = ResultCodes.classify(code);
        return new LookupOutcome.Answered(code, meaning.lookupClass(), meaning.patientMessage(),
                meaning.staffMessage(), card, 120, 1);
    }

    static LookupOutcome noAnswer(LookupOutcome.Reason reason, long millis) {
        return new LookupOutcome.NoAnswer(reason, "test", ResultCodes.patientMessage(reason),
                ResultCodes.staffMessage(reason, "test"), millis, reason == LookupOutcome.Reason.TEMPORARY_CARD ? 0 : 1);
    }

    static GatewayCard card(String number, String sex) {
        return new GatewayCard(Optional.of(number), Optional.of("Nguyễn Văn An"), Optional.of("15/08/1990"),
                Optional.of(sex), Optional.empty(), Optional.of("79024"), Optional.of("01/01/2026"),
                Optional.of("31/12/2026"), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    void gatewaySays(LookupOutcome outcome) {
        gateway.set(r -> outcome);
    }

    /** Sends what it was asked, as the real client does, and answers as {@link #gateway} says. */
    private final class Scripted implements EligibilityService {
        @Override
        public LookupOutcome lookUp(LookupRequest request) {
            return gateway.get().apply(request);
        }

        @Override
        public LookupOutcome lookUp(LookupRequest request, GatewayCaller caller, Consumer<GatewayTry> tries) {
            LookupOutcome outcome = lookUp(request);
            if (outcome.attempts() == 0) {
                return outcome;
            }
            SentRequest sent = new SentRequest(request.cardKey(), request.fullName().orElse(""),
                    request.dateOfBirth().map(d -> d.toString()).orElse(""), "01999_BV", "Trần Thị Cán Bộ");
            Optional<ReceivedReply> received = outcome instanceof LookupOutcome.Answered a
                    ? Optional.of(new ReceivedReply(200, 300, Optional.of("Thông báo mã " + a.code() + ": "
                    + "Thẻ không hợp lệ, liên hệ cơ quan BHXH")))
                    : Optional.empty();
            tries.accept(new GatewayTry(1, 0, OutcomeKind.of(outcome), outcome.resultCode(), outcome.lookupClass(),
                    outcome.millis(), caller, Optional.of(sent), received));
            return outcome;
        }
    }

    TicketView checkInQr() {
        return server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, CCCD_QR,
                Optional.empty(), Optional.empty())).ticket();
    }

    TicketView checkInBhytQr() {
        return server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR, BHYT_QR,
                Optional.empty(), Optional.empty())).ticket();
    }

    TicketView checkInTyped(String number) {
        return server.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.TYPED, number,
                Optional.of(1990), Optional.empty())).ticket();
    }

    TicketView checkInChip() {
        ChipReading chip = new ChipReading(CHIP_CCCD, Optional.empty(), "Lê Thị Mai Anh", "1995-03-12",
                Optional.of(Sex.FEMALE), Optional.empty(), Optional.of("2021-04-20"), Optional.empty(),
                PassiveAuthReport.Verdict.VALID, AccessMethod.BAC);
        return server.kiosk().checkIn(CheckinRequest.fromChip(TestServer.KIOSK, chip, Optional.empty())).ticket();
    }

    static long lookupId(TicketView ticket) {
        return ticket.lookup().orElseThrow().id();
    }

    /** One column of the lookups row {@code id}. */
    String column(long id, String column) {
        try (Connection c = server.server().database().connection();
             PreparedStatement ps = c.prepareStatement("select " + column + " from lookups where id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getString(1);
            }
        } catch (SQLException e) {
            throw new AssertionError(e);
        }
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

    /** The report as the admin downloads it. */
    byte[] download(LocalDate from, LocalDate to, ReportFormat format, boolean leaveOutSent) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            server.admin().failedLookupsReport(from, to, format, leaveOutSent, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Override
    public void close() {
        server.close();
    }
}
