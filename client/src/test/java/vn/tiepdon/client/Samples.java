package vn.tiepdon.client;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.stats.CheckinMethod;
import vn.tiepdon.core.stats.CodeCounts;
import vn.tiepdon.core.stats.LookupCounts;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.RecentCheck;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.api.VisitView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.TicketStatus;

/** Test values of every API record. */
final class Samples {
    static final Instant AT = Instant.parse("2026-11-22T01:02:03Z");

    private Samples() {
    }

    static LookupView lookup() {
        return new LookupView(7, AT, "kiosk-1", IdentificationMethod.QR, DocumentKind.BHYT_QR, "DN4*******2345",
                OutcomeKind.ANSWERED,
                Optional.of("000"), LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ", "Card valid", 812, 1);
    }

    static LookupView failedLookup() {
        return new LookupView(8, AT, "kiosk-2", IdentificationMethod.TYPED, DocumentKind.CCCD_NUMBER, "0790*****234",
                OutcomeKind.NO_ANSWER_TIMEOUT,
                Optional.empty(), LookupClass.GATEWAY_ERROR, "Chưa tra cứu được thẻ", "Gateway timed out", 4000, 2);
    }

    static TicketView waitingTicket(long id, String number) {
        return new TicketView(id, number, "bhyt", "Khám BHYT", TicketStatus.WAITING, AT,
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    static TicketView calledTicket() {
        return new TicketView(3, "A003", "bhyt", "Khám BHYT", TicketStatus.CALLED, AT,
                Optional.of(AT.plusSeconds(60)), Optional.of("c1"), Optional.of("Quầy 1"),
                Optional.of("Nguyễn Văn An"), Optional.of(lookup()));
    }

    static CheckinRequest fullCheckin() {
        return new CheckinRequest("kiosk-1", IdentificationMethod.TYPED, "079012345678",
                Optional.of(1980), Optional.of("bhyt"));
    }

    static CheckinRequest bareCheckin() {
        return new CheckinRequest("kiosk-1", IdentificationMethod.QR, "DN4797912345678|...",
                Optional.empty(), Optional.empty());
    }

    static CheckinResponse checkinResponse() {
        return new CheckinResponse(calledTicket(), lookup(), "Mời bác ngồi chờ gọi số A003");
    }

    static SetupView setup() {
        return new SetupView("79001", "Bệnh viện Đa khoa Thủ Đức",
                List.of(new QueueDefinition("bhyt", "A", "Khám BHYT", false),
                        new QueueDefinition("uutien", "UT", "Ưu tiên", true)),
                List.of(new CounterDefinition("c1", "Quầy 1", List.of("uutien", "bhyt"))));
    }

    /** A hospital with kiosk registration and a fee-paying queue. */
    static SetupView setupWithClinics() {
        SetupView plain = setup();
        return new SetupView(plain.hospitalCode(), plain.hospitalName(), plain.queues(), plain.counters(),
                List.of(new ClinicDefinition("noi", "Nội tổng quát", "Phòng 101 – Tầng 1", "bhyt")), true,
                Optional.of("bhyt"));
    }

    /** A check-in for a clinic chosen at the kiosk. */
    static CheckinRequest clinicCheckin() {
        return new CheckinRequest("kiosk-1", IdentificationMethod.QR, "DN4797912345678|...", Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of("noi"));
    }

    /** A ticket with the clinic chosen at the kiosk. */
    static TicketView clinicTicket() {
        TicketView t = calledTicket();
        return new TicketView(t.id(), t.number(), t.queueId(), t.queueName(), t.status(), t.issuedAt(), t.calledAt(),
                t.counterId(), t.counterName(), t.patientName(), t.lookup(), t.identityCheck(), t.priority(), t.note(),
                t.targetCounterId(), Optional.of(new Clinic("noi", "Nội tổng quát", "Phòng 101 – Tầng 1")));
    }

    /** November's lookup success: 200 check-ins on two days, two kiosks, three codes. */
    static LookupSuccess stats() {
        LookupCounts day1 = LookupCounts.of(110, 8, 2, 100, 3);
        LookupCounts day2 = LookupCounts.of(70, 10, 0, 65, 1);
        Map<LocalDate, LookupCounts> byDay = new java.util.TreeMap<>();
        for (LocalDate d = LocalDate.of(2026, 11, 1); !d.isAfter(LocalDate.of(2026, 11, 30)); d = d.plusDays(1)) {
            byDay.put(d, LookupCounts.ZERO);
        }
        byDay.put(LocalDate.of(2026, 11, 2), day1);
        byDay.put(LocalDate.of(2026, 11, 3), day2);
        LookupCounts total = day1.plus(day2);
        Map<CheckinMethod, LookupCounts> byMethod = new java.util.EnumMap<>(CheckinMethod.class);
        for (CheckinMethod m : CheckinMethod.values()) {
            byMethod.put(m, LookupCounts.ZERO);
        }
        byMethod.put(CheckinMethod.CCCD_QR, day1);
        byMethod.put(CheckinMethod.TYPED, day2);
        return LookupSuccess.of(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30), total, byDay, byMethod,
                Map.of("kiosk-1", day1, "kiosk-2", day2),
                Map.of("000", CodeCounts.of("000", LookupClass.ELIGIBLE, "thẻ còn giá trị sử dụng, thông tin chính xác",
                                LookupCounts.of(165, 0, 0, 165, 1)),
                        "010", CodeCounts.of("010", LookupClass.NOT_ELIGIBLE, "thẻ hết giá trị sử dụng",
                                LookupCounts.of(15, 0, 0, 0, 2)),
                        "TIMEOUT", CodeCounts.of("TIMEOUT", LookupClass.GATEWAY_ERROR,
                                "Cổng BHXH không trả lời trong thời gian chờ", LookupCounts.of(0, 18, 2, 0, 1))),
                Map.of(LookupClass.ELIGIBLE, LookupCounts.of(165, 0, 0, 165, 1),
                        LookupClass.NOT_ELIGIBLE, LookupCounts.of(15, 0, 0, 0, 2),
                        LookupClass.GATEWAY_ERROR, LookupCounts.of(0, 18, 2, 0, 1)),
                Map.of(LookupOverride.Action.RERUN, 4L));
    }

    /** A lookup re-run at the desk: the gateway's new answer, who re-ran it and why, the lookup it replaced. */
    static LookupView rerunLookup() {
        return new LookupView(9, AT.plusSeconds(600), "kiosk-2", IdentificationMethod.TYPED, DocumentKind.CCCD_NUMBER,
                "0010*****345", OutcomeKind.ANSWERED, Optional.of("000"), LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ",
                "Card valid", 300, 1, false,
                Optional.of(new LookupView.StaffOverride(LookupOverride.Action.RERUN, "user:lan", AT.plusSeconds(600),
                        "Sai số CCCD", Optional.empty())), Optional.of(8L), Optional.empty());
    }

    /** A lookup accepted on a paper card. */
    static LookupView acceptedLookup() {
        return new LookupView(10, AT, "kiosk-1", IdentificationMethod.QR, DocumentKind.CCCD_QR, "0790*****234",
                OutcomeKind.NO_ANSWER_TIMEOUT, Optional.empty(), LookupClass.GATEWAY_ERROR, "Chưa tra cứu được thẻ",
                "Gateway timed out", 4000, 2, false,
                Optional.of(new LookupView.StaffOverride(LookupOverride.Action.ACCEPT_PAPER_CARD, "user:lan",
                        AT.plusSeconds(300), "Thẻ giấy còn hạn", Optional.of("HS40********811"))),
                Optional.empty(), Optional.empty());
    }

    static LookupOverride rerunRequest() {
        return new LookupOverride(LookupOverride.Action.RERUN, "Sai số CCCD", Optional.of("Nguyễn Văn An"),
                Optional.of("001085012345"), Optional.empty(), Optional.of("1985-03-02"));
    }

    static AuditEntry auditEntry() {
        return new AuditEntry(1, 8, AT.plusSeconds(600), "user:lan", LookupOverride.Action.RERUN, "Sai số CCCD",
                Optional.of("re-run as lookup 9 with 0010*****345, corrected idNumber; was GATEWAY_ERROR;"
                        + " now ELIGIBLE code 000"));
    }

    /** One day with nothing but a fee-paying fix: every count zero but the one. */
    static LookupSuccess statsWithOverrides() {
        LookupCounts one = LookupCounts.of(0, 1, 0, 0, 1);
        LocalDate day = LocalDate.of(2026, 11, 22);
        return LookupSuccess.of(day, day, one, Map.of(day, one), Map.of(CheckinMethod.CHIP, one),
                Map.of("kiosk-1", one), Map.of("061", CodeCounts.of("061", LookupClass.FIXABLE_DATA_ERROR,
                        "sai họ tên (đúng ký tự đầu) so với dữ liệu BHXH", one)),
                Map.of(LookupClass.FIXABLE_DATA_ERROR, one), Map.of(LookupOverride.Action.FEE_PAYING, 1L));
    }

    static ApiError unrecognised() {
        return new ApiError(ErrorCode.UNRECOGNISED_CODE, "QR has 3 fields, expected 7",
                "Không đọc được mã, vui lòng thử lại");
    }

    static ReceptionEvent event(long id) {
        return new ReceptionEvent(id, EventType.TICKET_ISSUED, AT.plusSeconds(id), waitingTicket(id, "A00" + id));
    }

    /** A lookup whose card was checked by another facility the day before. */
    static LookupView lookupCheckedElsewhere() {
        return lookup().withOtherFacilityChecks(List.of(
                new RecentCheck("79024", Instant.parse("2026-11-21T07:05:00Z"), Optional.of("Thẻ còn giá trị sử dụng")),
                new RecentCheck("48001", Instant.parse("2026-11-20T02:00:00Z"), Optional.empty())));
    }

    /** A visit history with two visits, one with every field and one with few. */
    static VisitHistoryView visitHistory() {
        return new VisitHistoryView(7, AT, OutcomeKind.ANSWERED, Optional.of("000"), LookupClass.ELIGIBLE,
                "Lịch sử KCB trên cổng BHXH: 2 lượt khám chữa bệnh.", 5120, List.of(
                new VisitView(Optional.of("01929202500001"), Optional.of("01929"),
                        Optional.of(LocalDateTime.of(2025, 3, 10, 10, 30)),
                        Optional.of(LocalDateTime.of(2025, 3, 10, 14, 30)), Optional.of("Viêm dạ dày"),
                        Optional.of("4"), Optional.of("1"), Optional.of("1")),
                new VisitView(Optional.empty(), Optional.of("79024"), Optional.of(LocalDateTime.of(2025, 6, 1, 8, 0)),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())));
    }

    /** A visit history the gateway did not answer. */
    static VisitHistoryView unansweredHistory() {
        return new VisitHistoryView(8, AT, OutcomeKind.NO_ANSWER_TIMEOUT, Optional.empty(), LookupClass.GATEWAY_ERROR,
                "Cổng BHXH không trả lời trong thời gian chờ", 30000, List.of());
    }
}
