package vn.tiepdon.server.overrides;

import static org.assertj.core.api.Assertions.assertThat;
import static vn.tiepdon.server.overrides.OverrideFixture.CARD;
import static vn.tiepdon.server.overrides.OverrideFixture.CCCD;
import static vn.tiepdon.server.overrides.OverrideFixture.CORRECTED_CCCD;
import static vn.tiepdon.server.overrides.OverrideFixture.accept;
import static vn.tiepdon.server.overrides.OverrideFixture.eligible;
import static vn.tiepdon.server.overrides.OverrideFixture.feePaying;
import static vn.tiepdon.server.overrides.OverrideFixture.lookupId;
import static vn.tiepdon.server.overrides.OverrideFixture.notFound;
import static vn.tiepdon.server.overrides.OverrideFixture.refusal;
import static vn.tiepdon.server.overrides.OverrideFixture.rerun;
import static vn.tiepdon.server.overrides.OverrideFixture.timeout;
import static vn.tiepdon.server.overrides.OverrideFixture.wrongName;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.identity.PassiveAuthReport;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.lookups.LookupStore;

/**
 * {@code POST /api/v1/lookups/{id}/override} and {@code GET /api/v1/lookups/{id}/audit} over the
 * real API: each action, what it changes (ticket, lookup log, audit, event) and every refusal
 * changing nothing.
 */
class LookupOverrideApiTest {
    private OverrideFixture f;

    @BeforeEach
    void start() {
        f = new OverrideFixture();
    }

    @AfterEach
    void stop() {
        f.close();
    }

    @Test
    void aRerunAsksTheGatewayAgainWithTheCorrectedValuesAndTheNewAnswerReplacesTheOldOnTheTicket() {
        f.answer(wrongName());
        TicketView issued = f.checkInTyped(CCCD);
        long oldId = lookupId(issued);
        assertThat(issued.patientName()).as("typed: no name yet").isEmpty();
        f.answer(eligible());

        TicketView fixed = f.desk.override(oldId, rerun("Tên trên thẻ khác CCCD", Optional.of("Nguyễn Văn  An"),
                Optional.of(CORRECTED_CCCD), Optional.empty(), Optional.of("1990-08-15")));

        LookupRequest asked = f.asked.get(f.asked.size() - 1);
        assertThat(asked.cardKey()).isEqualTo(CORRECTED_CCCD);
        assertThat(asked.fullName()).contains("Nguyễn Văn An");
        assertThat(asked.dateOfBirth()).map(PartialDate::toString).contains("1990-08-15");
        assertThat(f.asked).hasSize(2);

        LookupView now = fixed.lookup().orElseThrow();
        assertThat(fixed.id()).isEqualTo(issued.id());
        assertThat(fixed.number()).isEqualTo(issued.number());
        assertThat(now.id()).isNotEqualTo(oldId);
        assertThat(now.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(now.code()).contains("000");
        assertThat(now.documentKind()).isEqualTo(DocumentKind.CCCD_NUMBER);
        assertThat(now.maskedKey()).isEqualTo("0010*****345");
        assertThat(now.rerunOf()).contains(oldId);
        assertThat(now.override()).hasValueSatisfying(o -> {
            assertThat(o.action()).isEqualTo(LookupOverride.Action.RERUN);
            assertThat(o.actor()).isEqualTo("user:lan");
            assertThat(o.reason()).isEqualTo("Tên trên thẻ khác CCCD");
            assertThat(o.at()).isEqualTo(f.clock.instant());
        });
        assertThat(fixed.patientName()).as("the ticket had no name: the corrected one fills it")
                .contains("Nguyễn Văn An");
        assertThat(fixed.lookupFixable()).isFalse();

        // both lookups stay in the log, linked both ways
        LookupView old = f.lookup(oldId);
        assertThat(old.lookupClass()).isEqualTo(LookupClass.FIXABLE_DATA_ERROR);
        assertThat(old.code()).contains("051");
        assertThat(old.supersededBy()).contains(now.id());
        assertThat(old.override()).map(LookupView.StaffOverride::action).contains(LookupOverride.Action.RERUN);
        assertThat(f.lookups()).extracting(LookupView::id).containsExactly(oldId, now.id());
        assertThat(new LookupStore(f.server.server().database()).attempts(now.id())).singleElement()
                .satisfies(a -> assertThat(a.code()).contains("000"));
        assertThat(f.ticket(issued.id()).lookup()).map(LookupView::id).contains(now.id());

        // the audit, from either lookup of the check-in
        List<AuditEntry> audit = f.desk.lookupAudit(now.id());
        assertThat(f.desk.lookupAudit(oldId)).isEqualTo(audit);
        assertThat(audit).singleElement().satisfies(e -> {
            assertThat(e.lookupId()).isEqualTo(oldId);
            assertThat(e.actor()).isEqualTo("user:lan");
            assertThat(e.action()).isEqualTo(LookupOverride.Action.RERUN);
            assertThat(e.reason()).isEqualTo("Tên trên thẻ khác CCCD");
            assertThat(e.at()).isEqualTo(f.clock.instant());
            assertThat(e.detail()).hasValueSatisfying(d -> assertThat(d)
                    .contains("re-run as lookup " + now.id(), "0010*****345", "corrected fullName, idNumber, dateOfBirth",
                            "was FIXABLE_DATA_ERROR code 051", "now ELIGIBLE code 000")
                    .doesNotContain(CORRECTED_CCCD, "Nguyễn", "1990"));
        });
    }

    @Test
    void aRerunIsOnTheStaffStreamAndNotOnTheHallStream() throws InterruptedException {
        f.answer(notFound());
        TicketView issued = f.checkInQr();
        long before = f.lastEventId();
        f.answer(eligible());
        f.desk.override(lookupId(issued), rerun("Sai số thẻ", Optional.empty(), Optional.empty(),
                Optional.of(CARD), Optional.empty()));
        TicketView later = f.checkInQr();

        BlockingQueue<ReceptionEvent> staff = new LinkedBlockingQueue<>();
        BlockingQueue<HallEvent> hall = new LinkedBlockingQueue<>();
        try (ReceptionApi.EventSubscription s = f.desk.subscribe(before, staff::add);
             ReceptionApi.EventSubscription h = f.server.display().subscribeHall(before, hall::add)) {
            ReceptionEvent overridden = staff.poll(10, TimeUnit.SECONDS);
            ReceptionEvent issuedLater = staff.poll(10, TimeUnit.SECONDS);
            HallEvent first = hall.poll(10, TimeUnit.SECONDS);

            assertThat(overridden).isNotNull();
            assertThat(overridden.type()).isEqualTo(EventType.LOOKUP_OVERRIDDEN);
            TicketView t = overridden.ticket().orElseThrow();
            assertThat(t.id()).isEqualTo(issued.id());
            assertThat(t.lookup()).hasValueSatisfying(l -> {
                assertThat(l.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
                assertThat(l.documentKind()).isEqualTo(DocumentKind.BHYT_NUMBER);
                assertThat(l.override()).map(LookupView.StaffOverride::actor).contains("user:lan");
            });
            assertThat(issuedLater.type()).isEqualTo(EventType.TICKET_ISSUED);
            assertThat(issuedLater.ticket()).map(TicketView::id).contains(later.id());
            assertThat(first).as("the hall's first event after the override is the next ticket").isNotNull();
            assertThat(first.type()).isEqualTo(EventType.TICKET_ISSUED);
            assertThat(first.id()).isEqualTo(issuedLater.id());
        }
        assertThat(f.server.server().events().after(before, 10)).extracting(ReceptionEvent::type)
                .containsExactly(EventType.LOOKUP_OVERRIDDEN, EventType.TICKET_ISSUED);
    }

    @Test
    void acceptingAPaperCardRecordsWhichAndTheMaskedNumberAndEndsBackgroundRetries() {
        f.answer(timeout());
        TicketView issued = f.checkInQr();
        long id = lookupId(issued);
        assertThat(issued.lookup().orElseThrow().pending()).isTrue();

        TicketView fixed = f.desk.override(id, accept(LookupOverride.Action.ACCEPT_PAPER_CARD,
                "Cổng BHXH không trả lời, thẻ giấy còn hạn", "hs4010120878811"));

        LookupView l = fixed.lookup().orElseThrow();
        assertThat(l.id()).as("the same lookup, settled").isEqualTo(id);
        assertThat(l.pending()).isFalse();
        assertThat(l.lookupClass()).as("the gateway's verdict stays").isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(l.override()).hasValueSatisfying(o -> {
            assertThat(o.action()).isEqualTo(LookupOverride.Action.ACCEPT_PAPER_CARD);
            assertThat(o.cardNumber()).contains("HS40********811");
            assertThat(o.actor()).isEqualTo("user:lan");
        });
        assertThat(fixed.lookupFixable()).isFalse();
        assertThat(f.desk.lookupAudit(id)).singleElement().satisfies(e -> {
            assertThat(e.action()).isEqualTo(LookupOverride.Action.ACCEPT_PAPER_CARD);
            assertThat(e.reason()).isEqualTo("Cổng BHXH không trả lời, thẻ giấy còn hạn");
            assertThat(e.detail()).hasValueSatisfying(d -> assertThat(d)
                    .contains("paper BHYT card HS40********811", "was GATEWAY_ERROR").doesNotContain(CARD));
        });

        int asked = f.asked.size();
        f.clock.advance(Duration.ofHours(1));
        assertThat(f.server.server().pendingLookups().retryDue()).isZero();
        assertThat(f.asked).as("an accepted lookup is not retried").hasSize(asked);
        assertThat(f.count("select count(*) from lookups where pending = true")).isZero();
    }

    @Test
    void acceptingOnVssIdNeedsAValidCardNumber() {
        f.answer(notFound());
        long id = lookupId(f.checkInQr());

        ApiError missing = refusal(() -> f.desk.override(id, new LookupOverride(LookupOverride.Action.ACCEPT_VSSID,
                "VssID hiển thị thẻ", Optional.empty(), Optional.empty(), Optional.of("  "), Optional.empty())));
        assertThat(missing.error()).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(missing.message()).contains("'cardNumber'", "ACCEPT_VSSID");
        ApiError levelSix = refusal(() -> f.desk.override(id, accept(LookupOverride.Action.ACCEPT_VSSID,
                "VssID hiển thị thẻ", "HS6010120878811")));
        assertThat(levelSix.error()).isEqualTo(ErrorCode.BAD_REQUEST);
        assertThat(levelSix.message()).contains("'cardNumber'", "benefit level 6").doesNotContain("HS601");
        ApiError aCccd = refusal(() -> f.desk.override(id, accept(LookupOverride.Action.ACCEPT_VSSID,
                "VssID hiển thị thẻ", CCCD)));
        assertThat(aCccd.message()).contains("'cardNumber' must be a BHYT number");
        assertThat(f.auditRows()).isZero();

        TicketView fixed = f.desk.override(id, accept(LookupOverride.Action.ACCEPT_VSSID, "VssID hiển thị thẻ",
                "4010120878"));
        assertThat(fixed.lookup().orElseThrow().override()).hasValueSatisfying(o -> {
            assertThat(o.action()).isEqualTo(LookupOverride.Action.ACCEPT_VSSID);
            assertThat(o.cardNumber()).contains("4010***878");
        });
    }

    @Test
    void aFeePayingVisitStaysInItsQueueAndCannotBeOverriddenAgain() {
        f.answer(notFound());
        TicketView issued = f.checkInQr();
        long id = lookupId(issued);

        TicketView fixed = f.desk.override(id, feePaying("Bệnh nhân chọn khám dịch vụ"));

        assertThat(fixed.queueId()).isEqualTo(issued.queueId());
        assertThat(fixed.status()).isEqualTo(TicketStatus.WAITING);
        assertThat(fixed.lookup().orElseThrow().override()).hasValueSatisfying(o -> {
            assertThat(o.action()).isEqualTo(LookupOverride.Action.FEE_PAYING);
            assertThat(o.cardNumber()).isEmpty();
        });
        long events = f.lastEventId();
        ApiError again = refusal(() -> f.desk.override(id, accept(LookupOverride.Action.ACCEPT_PAPER_CARD,
                "Có thẻ giấy", CARD)));
        assertThat(again.error()).isEqualTo(ErrorCode.NOTHING_TO_FIX);
        assertThat(again.message()).contains("settled already", "FEE_PAYING", "user:lan");
        assertThat(f.lastEventId()).isEqualTo(events);
        assertThat(f.desk.lookupAudit(id)).extracting(AuditEntry::action)
                .containsExactly(LookupOverride.Action.FEE_PAYING);
    }

    @Test
    void aReasonIsRequiredAndItsLackChangesNothing() {
        f.answer(notFound());
        long id = lookupId(f.checkInQr());
        List<LookupView> before = f.lookups();
        long events = f.lastEventId();

        for (String reason : new String[] {null, "", "   \t "}) {
            ApiError e = refusal(() -> f.desk.override(id, feePaying(reason)));
            assertThat(e.error()).as("reason '" + reason + "'").isEqualTo(ErrorCode.REASON_REQUIRED);
            assertThat(e.message()).contains("'reason'");
            assertThat(e.patientMessage()).isEqualTo("Vui lòng ghi lý do.");
        }
        ApiError rerun = refusal(() -> f.desk.override(id, rerun(" ", Optional.empty(), Optional.of(CORRECTED_CCCD),
                Optional.empty(), Optional.empty())));
        assertThat(rerun.error()).isEqualTo(ErrorCode.REASON_REQUIRED);

        assertThat(f.asked).hasSize(1);
        assertThat(f.lookups()).isEqualTo(before);
        assertThat(f.auditRows()).isZero();
        assertThat(f.lastEventId()).isEqualTo(events);
    }

    @Test
    void aMalformedCorrectionIsRefusedNamingTheFieldBeforeAnyGatewayCall() {
        f.answer(wrongName());
        TicketView issued = f.checkInQr();
        long id = lookupId(issued);
        List<LookupView> before = f.lookups();
        long events = f.lastEventId();

        record Bad(LookupOverride request, String field, String says) {
        }
        List<Bad> bad = List.of(
                new Bad(rerun("sai số", Optional.empty(), Optional.of("07909000123"), Optional.empty(),
                        Optional.empty()), "'idNumber'", "12-digit CCCD number"),
                new Bad(rerun("sai số", Optional.empty(), Optional.of("099090001234"), Optional.empty(),
                        Optional.empty()), "'idNumber'", "unknown province code 99"),
                new Bad(rerun("sai số", Optional.empty(), Optional.of("0790900012x4"), Optional.empty(),
                        Optional.empty()), "'idNumber'", "12-digit CCCD number"),
                new Bad(rerun("sai số", Optional.empty(), Optional.of(CARD), Optional.empty(), Optional.empty()),
                        "'idNumber'", "12-digit CCCD number"),
                new Bad(rerun("sai số", Optional.empty(), Optional.empty(), Optional.of("XX4010120878811"),
                        Optional.empty()), "'cardNumber'", "unknown group code XX"),
                new Bad(rerun("sai ngày sinh", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("1990-02-31")), "'dateOfBirth'", "yyyy-MM-dd"),
                new Bad(rerun("sai ngày sinh", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("15/08/1990")), "'dateOfBirth'", "yyyy-MM-dd"),
                new Bad(rerun("sai ngày sinh", Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.of("2027-01-01")), "'dateOfBirth'", "not in the future"));
        for (Bad b : bad) {
            ApiError e = refusal(() -> f.desk.override(id, b.request()));
            assertThat(e.error()).as(b.says()).isEqualTo(ErrorCode.BAD_REQUEST);
            assertThat(e.message()).as(b.says()).contains(b.field(), b.says()).doesNotContain("07909000", "0990900");
        }

        assertThat(f.asked).as("no gateway call").hasSize(1);
        assertThat(f.lookups()).isEqualTo(before);
        assertThat(f.ticket(issued.id())).isEqualTo(issued);
        assertThat(f.auditRows()).isZero();
        assertThat(f.lastEventId()).isEqualTo(events);
    }

    @Test
    void aLookupThatSucceededNeedsNoFixUnlessTheChipFailedPassiveAuthentication() {
        long fine = lookupId(f.checkInQr());
        ApiError e = refusal(() -> f.desk.override(fine, feePaying("thử")));
        assertThat(e.error()).isEqualTo(ErrorCode.NOTHING_TO_FIX);
        assertThat(e.message()).contains("succeeded (ELIGIBLE)");
        assertThat(f.server.receptionist().tickets(Optional.empty()).get(0).lookupFixable()).isFalse();

        TicketView tampered = f.checkInChip(PassiveAuthReport.Verdict.HASH_MISMATCH);
        assertThat(tampered.lookup().orElseThrow().lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(tampered.lookupFixable()).isTrue();
        TicketView fixed = f.desk.override(lookupId(tampered), accept(LookupOverride.Action.ACCEPT_PAPER_CARD,
                "Đã đối chiếu CCCD và thẻ giấy", CARD));
        assertThat(fixed.lookupFixable()).isFalse();

        TicketView trusted = f.checkInChip(PassiveAuthReport.Verdict.VALID);
        assertThat(refusal(() -> f.desk.override(lookupId(trusted), feePaying("thử"))).error())
                .isEqualTo(ErrorCode.NOTHING_TO_FIX);
        assertThat(f.auditRows()).isEqualTo(1);
    }

    @Test
    void aRerunThatFailedAgainMayBeFixedAgainButTheLookupItReplacedMayNot() {
        f.answer(notFound());
        TicketView issued = f.checkInQr();
        long first = lookupId(issued);
        TicketView again = f.desk.override(first, rerun("Sai số thẻ", Optional.empty(), Optional.empty(),
                Optional.of(CARD), Optional.empty()));
        long second = lookupId(again);
        assertThat(again.lookup().orElseThrow().lookupClass()).isEqualTo(LookupClass.NOT_ELIGIBLE);
        assertThat(again.lookupFixable()).isTrue();

        ApiError replaced = refusal(() -> f.desk.override(first, feePaying("thử")));
        assertThat(replaced.error()).isEqualTo(ErrorCode.NOTHING_TO_FIX);
        assertThat(replaced.message()).contains("re-run as lookup " + second);

        f.answer(eligible());
        TicketView third = f.desk.override(second, rerun("Sai ngày sinh", Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("1990")));
        assertThat(f.asked.get(f.asked.size() - 1).cardKey()).as("the corrected card is kept").isEqualTo(CARD);
        assertThat(f.asked.get(f.asked.size() - 1).dateOfBirth()).map(PartialDate::toString).contains("1990");
        assertThat(third.lookup().orElseThrow().rerunOf()).contains(second);
        ApiError succeeded = refusal(() -> f.desk.override(lookupId(third), feePaying("thử")));
        assertThat(succeeded.error()).isEqualTo(ErrorCode.NOTHING_TO_FIX);
        assertThat(succeeded.message()).contains("when re-run");

        assertThat(f.desk.lookupAudit(first)).extracting(AuditEntry::lookupId).containsExactly(first, second);
        assertThat(f.desk.lookupAudit(lookupId(third))).hasSize(2);
        assertThat(f.lookups()).extracting(LookupView::id).containsExactly(first, second, lookupId(third));
    }

    @Test
    void aRerunTheGatewayDoesNotAnswerIsRetriedInTheBackground() {
        f.answer(notFound());
        TicketView issued = f.checkInQr();
        f.answer(timeout());
        TicketView fixed = f.desk.override(lookupId(issued), rerun("Sai số CCCD", Optional.empty(),
                Optional.of(CORRECTED_CCCD), Optional.empty(), Optional.empty()));
        LookupView pending = fixed.lookup().orElseThrow();
        assertThat(pending.pending()).isTrue();
        assertThat(fixed.lookupFixable()).isTrue();

        f.answer(eligible());
        f.clock.advance(Duration.ofSeconds(10));
        f.server.server().pendingLookups().retryDue();
        LookupView done = f.ticket(issued.id()).lookup().orElseThrow();
        assertThat(done.id()).isEqualTo(pending.id());
        assertThat(done.pending()).isFalse();
        assertThat(done.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(f.asked.get(f.asked.size() - 1).cardKey()).isEqualTo(CORRECTED_CCCD);
        assertThat(done.override()).map(LookupView.StaffOverride::action).contains(LookupOverride.Action.RERUN);
    }

    @Test
    void anUnknownLookupIs404() {
        assertThat(refusal(() -> f.desk.override(987_654, feePaying("thử"))).error())
                .isEqualTo(ErrorCode.UNKNOWN_LOOKUP);
        assertThat(refusal(() -> f.desk.lookupAudit(987_654)).error()).isEqualTo(ErrorCode.UNKNOWN_LOOKUP);
    }
}
