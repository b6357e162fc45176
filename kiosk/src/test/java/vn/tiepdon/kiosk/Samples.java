package vn.tiepdon.kiosk;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.core.queue.TicketStatus;

/** Sample codes and server answers shared by the kiosk tests. */
final class Samples {
    static final ZoneId HANOI = ZoneId.of("Asia/Ho_Chi_Minh");
    static final Instant NOW = Instant.parse("2026-11-23T01:30:00Z");
    static final String CCCD_QR = "079012345678|123456789|Nguyễn Văn An|01011956|Nam|12 Lê Lợi, Bến Thành|01012021";
    static final String GARBAGE = "hello world";

    private Samples() {
    }

    /** A stand-in for the identity parser: CCCD-like QRs and 10/12-digit numbers are recognised. */
    static ParseResult parse(String text) {
        if (text.matches("[0-9]{12}")) {
            return new ParseResult.Recognised(IdentityDocument.builder(DocumentKind.CCCD_NUMBER).idNumber(text).build());
        }
        if (text.matches("[0-9]{10}")) {
            return new ParseResult.Recognised(IdentityDocument.builder(DocumentKind.BHYT_NUMBER)
                    .socialInsuranceNumber(text).build());
        }
        if (text.split("\\|", -1).length == 7) {
            return new ParseResult.Recognised(IdentityDocument.builder(DocumentKind.CCCD_QR)
                    .idNumber(text.substring(0, 12)).fullName("Nguyễn Văn An").build());
        }
        return new ParseResult.Rejected("not a CCCD or BHYT code: no known format matched (" + text.length() + " chars)");
    }

    /**
     * A server's answer whose lookup has {@code lookupClass}, with a gateway code of that class (the
     * kiosk renders the lookup from its code); {@code GATEWAY_ERROR} is a lookup that got no answer.
     */
    static CheckinResponse response(long id, String number, LookupClass lookupClass) {
        return response(id, number, lookupClass, "bhyt", "Khám BHYT", Optional.empty());
    }

    /** The clinics of the sample hospital: Nội in its own queue, Nhi in the BHYT queue. */
    static final List<ClinicDefinition> CLINICS = List.of(
            new ClinicDefinition("noi", "Nội tổng quát", "Phòng 101 – Tầng 1", "noi"),
            new ClinicDefinition("nhi", "Nhi", "Phòng 110 – Tầng 1", "bhyt"),
            new ClinicDefinition("rhm", "Răng Hàm Mặt", "Phòng 207 – Tầng 2", "bhyt"));

    /** Kiosk registration with {@link #CLINICS}, fee-paying patients in queue "service". */
    static KioskOptions registration() {
        return new KioskOptions(CLINICS, true, Optional.of("service"));
    }

    /** No clinic screen; fee-paying patients in queue "service". */
    static KioskOptions feePayingOnly() {
        return new KioskOptions(List.of(), false, Optional.of("service"));
    }

    /** The server's answer for a ticket in {@code queueId}, with the clinic the check-in named. */
    static CheckinResponse response(long id, String number, LookupClass lookupClass, String queueId, String queueName,
                                    Optional<Clinic> clinic) {
        CheckinResponse plain = plain(id, number, lookupClass);
        TicketView t = plain.ticket();
        TicketView ticket = new TicketView(t.id(), t.number(), queueId, queueName, t.status(), t.issuedAt(),
                t.calledAt(), t.counterId(), t.counterName(), t.patientName(), t.lookup(), t.identityCheck(),
                queueId.equals("priority"), t.note(), t.targetCounterId(), clinic);
        return new CheckinResponse(ticket, plain.lookup(), plain.instruction());
    }

    /** The ticket of {@code response} moved to the fee-paying queue, as the server answers it. */
    static TicketView movedToFeePaying(CheckinResponse response) {
        TicketView t = response.ticket();
        return new TicketView(t.id(), t.number(), "service", "Khám dịch vụ", t.status(), t.issuedAt(), t.calledAt(),
                t.counterId(), t.counterName(), t.patientName(), t.lookup(), t.identityCheck(), false,
                Optional.of("Người bệnh chọn khám dịch vụ (tự chi trả) tại kiosk"), Optional.empty(), t.clinic());
    }

    private static CheckinResponse plain(long id, String number, LookupClass lookupClass) {
        Optional<String> code = switch (lookupClass) {
            case ELIGIBLE -> Optional.of("000");
            case ELIGIBLE_WITH_WARNING -> Optional.of("001");
            case NOT_ELIGIBLE -> Optional.of("010");
            case FIXABLE_DATA_ERROR -> Optional.of("070");
            case SETUP_ERROR -> Optional.of("054");
            case GATEWAY_ERROR, TEMPORARY_CARD -> Optional.empty();
        };
        LookupView lookup = new LookupView(7, NOW, "kiosk-1", IdentificationMethod.QR, DocumentKind.CCCD_QR,
                "0790*****678", code.isPresent() ? OutcomeKind.ANSWERED : OutcomeKind.NO_ANSWER_TIMEOUT,
                code, lookupClass, lookupClass.isSuccess() ? "Thẻ BHYT còn giá trị sử dụng."
                : "Thông tin thẻ chưa khớp, vui lòng đến quầy tiếp đón.", "Sai ngày sinh", 420, 1);
        TicketView ticket = new TicketView(id, number, "bhyt", "Khám BHYT", TicketStatus.WAITING, NOW,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.of("Nguyễn Văn An"), Optional.of(lookup));
        return new CheckinResponse(ticket, lookup, "Mời bạn ngồi chờ gọi số tại khu A, quầy 1–4.");
    }
}
