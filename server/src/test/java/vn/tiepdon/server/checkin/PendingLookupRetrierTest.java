package vn.tiepdon.server.checkin;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.function.Consumer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.stats.LookupCounts;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.GatewayTry;
import vn.tiepdon.server.events.EventLog;
import vn.tiepdon.server.http.ApiJson;
import vn.tiepdon.server.lookups.LookupAttempt;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStatistics;
import vn.tiepdon.server.lookups.LookupStore;
import vn.tiepdon.server.lookups.PendingLookupStore;
import vn.tiepdon.server.queue.QueueService;
import vn.tiepdon.server.queue.TicketStore;
import vn.tiepdon.server.queue.TicketViews;
import vn.tiepdon.server.storage.Database;

/** Lookups the gateway did not answer: ticket at once, retried in the background, result to the desk. */
class PendingLookupRetrierTest {
    static final String CCCD_QR = "079090001234||Nguyễn Văn An|15081990|Nam|12 Lê Lợi, TP Hồ Chí Minh|20042021";
    static final String KIOSK = "kiosk:kiosk-1";
    static final RetrySchedule SCHEDULE = new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(40), 3);

    final MutableClock clock = TestSetups.clock();
    final HospitalSetup setup = TestSetups.hospital();
    final Deque<LookupOutcome> outcomes = new ConcurrentLinkedDeque<>();
    final List<LookupRequest> asked = new ArrayList<>();
    final EligibilityService gateway = new EligibilityService() {
        @Override
        public LookupOutcome lookUp(LookupRequest request) {
            return lookUp(request, GatewayCaller.KIOSK, t -> {
            });
        }

        @Override
        public LookupOutcome lookUp(LookupRequest request, GatewayCaller caller, Consumer<GatewayTry> tries) {
            synchronized (asked) {
                asked.add(request);
            }
            LookupOutcome o = outcomes.removeFirst();
            for (int i = 1; i <= o.attempts(); i++) {
                tries.accept(new GatewayTry(i, 0, OutcomeKind.of(o), o.resultCode(), o.lookupClass(), o.millis(),
                        caller, Optional.empty(), Optional.empty()));
            }
            return o;
        }
    };
    Database db;
    LookupStore lookups;
    EventLog events;
    CheckinService checkins;
    PendingLookupRetrier retrier;

    @BeforeEach
    void wire() {
        db = TestSetups.h2();
        lookups = new LookupStore(db);
        TicketStore tickets = new TicketStore(db);
        events = new EventLog(db, ApiJson.create());
        QueueService queues = new QueueService(db, setup, tickets, new TicketViews(setup, lookups), events, clock);
        checkins = new CheckinService(new IdentityParser(clock), gateway, db, lookups, tickets, queues, setup,
                SCHEDULE, clock);
        retrier = newRetrier();
    }

    private PendingLookupRetrier newRetrier() {
        TicketStore tickets = new TicketStore(db);
        QueueService queues = new QueueService(db, setup, tickets, new TicketViews(setup, lookups), events, clock);
        return new PendingLookupRetrier(db, new PendingLookupStore(db), gateway, tickets, queues, SCHEDULE, clock);
    }

    @AfterEach
    void close() {
        retrier.close();
        db.close();
    }

    static LookupOutcome timeout(int attempts) {
        return new LookupOutcome.NoAnswer(LookupOutcome.Reason.TIMEOUT, "no answer within 3900 ms",
                ResultCodes.patientMessage(LookupOutcome.Reason.TIMEOUT),
                ResultCodes.staffMessage(LookupOutcome.Reason.TIMEOUT, "no answer"), 3900, attempts);
    }

    static LookupOutcome eligible() {
        return new LookupOutcome.Answered("000", LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ. Vui lòng chờ gọi số.",
                "Mã 000: thẻ còn giá trị", Optional.empty(), 40, 1);
    }

    private CheckinResponse checkIn() {
        return checkins.checkIn(new CheckinRequest("kiosk-1", IdentificationMethod.QR, CCCD_QR, Optional.empty(),
                Optional.empty()), KIOSK);
    }

    private List<ReceptionEvent> completedEvents() {
        return events.after(0, 100).stream().filter(e -> e.type() == EventType.LOOKUP_COMPLETED).toList();
    }

    @Test
    void unansweredLookupIssuesATicketMarkedPendingAtOnce() {
        outcomes.add(timeout(1));

        CheckinResponse response = checkIn();

        assertThat(response.ticket().number()).isEqualTo("A001");
        assertThat(response.lookup().lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(response.lookup().patientMessage()).isEqualTo(ResultCodes.pendingPatientMessage());
        assertThat(response.lookup().staffMessage()).endsWith(ResultCodes.pendingStaffNote());
        assertThat(response.instruction()).startsWith("Đang chờ kết quả tra cứu").contains("A001");
        assertThat(lookups.find(response.lookup().id()).orElseThrow().pending()).isTrue();
    }

    @Test
    void answeredLookupIsNotPending() {
        outcomes.add(eligible());

        CheckinResponse response = checkIn();

        assertThat(lookups.find(response.lookup().id()).orElseThrow().pending()).isFalse();
        assertThat(response.lookup().patientMessage()).doesNotContain("Đang chờ");
    }

    @Test
    void retriesWhenDueAndPublishesTheAnswerForTheDesk() {
        outcomes.add(timeout(2));
        long id = checkIn().lookup().id();

        clock.advanceSeconds(9);
        assertThat(retrier.retryDue()).as("not due yet").isZero();
        assertThat(asked).hasSize(1);

        outcomes.add(eligible());
        clock.advanceSeconds(2);
        assertThat(retrier.retryDue()).isEqualTo(1);

        LookupRecord stored = lookups.find(id).orElseThrow();
        assertThat(stored.pending()).isFalse();
        assertThat(stored.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(stored.code()).contains("000");
        assertThat(stored.attempts()).isEqualTo(3);
        assertThat(asked.get(1).cardKey()).isEqualTo("079090001234");
        assertThat(asked.get(1).fullName()).contains("Nguyễn Văn An");
        assertThat(asked.get(1).dateOfBirth().map(Object::toString)).contains("1990-08-15");

        List<LookupAttempt> attempts = lookups.attempts(id);
        assertThat(attempts).extracting(LookupAttempt::attempt).containsExactly(1, 2, 3);
        assertThat(attempts).extracting(LookupAttempt::background).containsExactly(false, false, true);
        assertThat(attempts.get(2).code()).contains("000");
        assertThat(attempts.get(0).outcome()).isEqualTo(OutcomeKind.NO_ANSWER_TIMEOUT);

        assertThat(completedEvents()).singleElement().satisfies(e -> {
            assertThat(e.ticket().orElseThrow().number()).isEqualTo("A001");
            assertThat(e.ticket().orElseThrow().lookup().orElseThrow().lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
            assertThat(e.ticket().orElseThrow().lookup().orElseThrow().patientMessage()).doesNotContain("Đang chờ");
        });
        clock.advanceSeconds(100);
        assertThat(retrier.retryDue()).as("nothing left to retry").isZero();
        assertThat(asked).hasSize(2);
    }

    @Test
    void aLateAnswerNamesThePatientOfATicketTypedWithoutAName() {
        outcomes.add(timeout(1));
        CheckinResponse typed = checkins.checkIn(new CheckinRequest("kiosk-1", IdentificationMethod.TYPED,
                "001085012345", Optional.of(1985), Optional.empty()), KIOSK);
        assertThat(typed.ticket().patientName()).isEmpty();
        assertThat(typed.lookup().pending()).isTrue();
        outcomes.add(new LookupOutcome.Answered("000", LookupClass.ELIGIBLE, "Thẻ BHYT hợp lệ.", "Mã 000",
                Optional.of(new GatewayCard(Optional.of("HC4010185012345"), Optional.of("Nguyễn Văn An"),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                        Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty())),
                30, 1));
        clock.advanceSeconds(11);
        assertThat(retrier.retryDue()).isEqualTo(1);
        assertThat(completedEvents()).singleElement().satisfies(e -> {
            assertThat(e.ticket().orElseThrow().patientName()).contains("Nguyễn Văn An");
            assertThat(e.ticket().orElseThrow().lookup().orElseThrow().pending()).isFalse();
        });
    }

    @Test
    void backsOffAndGivesUpAfterTheLastRetryKeepingTheLastOutcome() {
        outcomes.add(timeout(1));
        long id = checkIn().lookup().id();
        outcomes.add(timeout(1));
        clock.advanceSeconds(10);
        assertThat(retrier.retryDue()).isZero();
        outcomes.add(timeout(1));
        clock.advanceSeconds(19);
        assertThat(retrier.retryDue()).as("the second retry waits twice as long").isZero();
        assertThat(asked).hasSize(2);
        clock.advanceSeconds(1);
        assertThat(retrier.retryDue()).isZero();
        outcomes.add(timeout(1));
        clock.advanceSeconds(40);
        assertThat(retrier.retryDue()).as("the third and last retry ends the pending state").isEqualTo(1);

        LookupRecord stored = lookups.find(id).orElseThrow();
        assertThat(stored.pending()).isFalse();
        assertThat(stored.lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(stored.attempts()).isEqualTo(4);
        assertThat(stored.toView().staffMessage()).doesNotContain("Đang tự động");
        assertThat(completedEvents()).hasSize(1);
    }

    @Test
    void aRetryNotSentKeepsTheEarlierOutcomeAndStaysPending() {
        outcomes.add(timeout(1));
        long id = checkIn().lookup().id();
        outcomes.add(new LookupOutcome.NoAnswer(LookupOutcome.Reason.NOT_SENT, "circuit breaker open",
                "x", "y", 0, 0));
        clock.advanceSeconds(10);

        retrier.retryDue();

        LookupRecord stored = lookups.find(id).orElseThrow();
        assertThat(stored.pending()).isTrue();
        assertThat(stored.outcome()).isEqualTo(OutcomeKind.NO_ANSWER_TIMEOUT);
        assertThat(lookups.attempts(id)).hasSize(1);
    }

    @Test
    void aServerRestartedMidDayPicksUpPendingLookups() {
        outcomes.add(timeout(1));
        long id = checkIn().lookup().id();
        retrier.close();

        retrier = newRetrier();
        outcomes.add(eligible());
        clock.advanceSeconds(10);

        assertThat(retrier.retryDue()).isEqualTo(1);
        assertThat(lookups.find(id).orElseThrow().lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
    }

    @Test
    void onlyOneInstanceTakesEachRetry() {
        outcomes.add(timeout(1));
        checkIn();
        clock.advanceSeconds(10);
        PendingLookupStore store = new PendingLookupStore(db);
        PendingLookupStore.Due due = store.due(LocalDate.of(2026, 11, 22), clock.instant(), 10).get(0);

        assertThat(store.claim(due, clock.instant().plusSeconds(120))).isTrue();
        assertThat(store.claim(due, clock.instant().plusSeconds(120))).isFalse();
        assertThat(store.due(LocalDate.of(2026, 11, 22), clock.instant(), 10)).isEmpty();
    }

    @Test
    void pendingLookupsOfEarlierDaysAreNotRetried() {
        outcomes.add(timeout(1));
        long id = checkIn().lookup().id();
        clock.advanceSeconds(24 * 3600);

        assertThat(retrier.retryDue()).isZero();

        assertThat(asked).hasSize(1);
        assertThat(lookups.find(id).orElseThrow().pending()).isFalse();
    }

    @Test
    void statisticsCountTheFinalOutcomeOfEachCheckIn() {
        outcomes.add(timeout(2));
        outcomes.add(eligible());
        outcomes.add(timeout(1));
        checkIn();
        checkIn();
        checkIn();
        outcomes.add(eligible());
        outcomes.add(timeout(1));
        clock.advanceSeconds(10);
        retrier.retryDue();

        LookupSuccess stats = new LookupStatistics(lookups).between(LocalDate.of(2026, 11, 22),
                LocalDate.of(2026, 11, 22));

        assertThat(stats.lookups()).isEqualTo(3);
        assertThat(stats.succeeded()).isEqualTo(2);
        assertThat(stats.eligible()).isEqualTo(2);
        assertThat(stats.pending()).as("the third still retried in the background").isEqualTo(1);
        assertThat(stats.failed()).isZero();
        assertThat(stats.byClass()).containsEntry(LookupClass.ELIGIBLE, LookupCounts.of(2, 0, 0, 2, 0))
                .containsEntry(LookupClass.GATEWAY_ERROR, LookupCounts.of(0, 0, 1, 0, 0));
    }

    @Test
    void scheduleDoublesUpToItsLimit() {
        assertThat(SCHEDULE.delayBefore(1)).isEqualTo(Duration.ofSeconds(10));
        assertThat(SCHEDULE.delayBefore(2)).isEqualTo(Duration.ofSeconds(20));
        assertThat(SCHEDULE.delayBefore(3)).isEqualTo(Duration.ofSeconds(40));
        assertThat(SCHEDULE.delayBefore(9)).isEqualTo(Duration.ofSeconds(40));
    }

    static LookupOutcome notSent(String detail) {
        return new LookupOutcome.NoAnswer(LookupOutcome.Reason.NOT_SENT, detail,
                ResultCodes.patientMessage(LookupOutcome.Reason.NOT_SENT),
                ResultCodes.staffMessage(LookupOutcome.Reason.NOT_SENT, detail), 0, 0);
    }

    static LookupOutcome notAsked(LookupOutcome.Reason reason, String detail) {
        return new LookupOutcome.NoAnswer(reason, detail, ResultCodes.patientMessage(reason),
                ResultCodes.staffMessage(reason, detail), 0, 0);
    }

    private int backgroundRetries(long lookupId) {
        return new PendingLookupStore(db).due(LocalDate.of(2026, 11, 22), clock.instant().plusSeconds(3600), 50)
                .stream().filter(d -> d.lookup().id() == lookupId).findFirst().orElseThrow().backgroundRetries();
    }

    @Test
    void retriesHeldBackBeforeSendingAnythingDoNotUseUpTheRetries() {
        retrier.close();
        TicketStore tickets = new TicketStore(db);
        QueueService queues = new QueueService(db, setup, tickets, new TicketViews(setup, lookups), events, clock);
        retrier = new PendingLookupRetrier(db, new PendingLookupStore(db), gateway, tickets, queues,
                new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(40), 2), clock);
        outcomes.add(timeout(1));
        long id = checkIn().lookup().id();

        for (int pass = 0; pass < 10; pass++) {
            outcomes.add(notSent(pass % 2 == 0 ? "request budget spent for background lookups (5 this minute, 5 today)"
                    : "gateway calls stopped since 2026-11-22T01:00:00Z: restricted-account reply"));
            clock.advanceSeconds(10);
            assertThat(retrier.retryDue()).as("pass " + pass).isZero();
            assertThat(outcomes).as("pass " + pass + " was due and asked").isEmpty();
        }

        LookupRecord held = lookups.find(id).orElseThrow();
        assertThat(held.pending()).isTrue();
        assertThat(held.outcome()).isEqualTo(OutcomeKind.NO_ANSWER_TIMEOUT);
        assertThat(held.attempts()).isEqualTo(1);
        assertThat(backgroundRetries(id)).as("none counted").isZero();
        assertThat(lookups.attempts(id)).hasSize(1);
        assertThat(asked).hasSize(11);

        outcomes.add(timeout(1));
        clock.advanceSeconds(10);
        assertThat(retrier.retryDue()).as("the first real retry, one left").isZero();
        assertThat(backgroundRetries(id)).isEqualTo(1);
        outcomes.add(eligible());
        clock.advanceSeconds(20);
        assertThat(retrier.retryDue()).as("the second and last retry answers").isEqualTo(1);

        LookupRecord done = lookups.find(id).orElseThrow();
        assertThat(done.pending()).isFalse();
        assertThat(done.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(done.attempts()).isEqualTo(3);
        assertThat(lookups.attempts(id)).extracting(LookupAttempt::background).containsExactly(false, true, true);
        assertThat(completedEvents()).hasSize(1);
    }

    @Test
    void aHeldBackRetryIsDueAgainAfterTheSameWait() {
        outcomes.add(timeout(1));
        long id = checkIn().lookup().id();
        outcomes.add(notSent("circuit breaker open after repeated gateway failures"));
        clock.advanceSeconds(10);
        retrier.retryDue();

        outcomes.add(eligible());
        clock.advanceSeconds(9);
        assertThat(retrier.retryDue()).as("due again 10 s after it was held back, not before").isZero();
        assertThat(outcomes).hasSize(1);
        clock.advanceSeconds(1);
        assertThat(retrier.retryDue()).isEqualTo(1);
        assertThat(lookups.find(id).orElseThrow().pending()).isFalse();
    }

    @Test
    void aTemporaryNewbornCardOrAMalformedNumberIsNotPending() {
        outcomes.add(notAsked(LookupOutcome.Reason.TEMPORARY_CARD, "temporary newborn card registered at XX000"));
        outcomes.add(notAsked(LookupOutcome.Reason.MALFORMED_NUMBER, "card number: unknown group code ZZ"));

        CheckinResponse temporary = checkIn();
        CheckinResponse malformed = checkIn();

        assertThat(temporary.lookup().pending()).isFalse();
        assertThat(temporary.lookup().lookupClass()).isEqualTo(LookupClass.TEMPORARY_CARD);
        assertThat(temporary.lookup().outcome()).isEqualTo(OutcomeKind.NO_ANSWER_TEMPORARY_CARD);
        assertThat(temporary.lookup().patientMessage()).contains("giấy chứng sinh");
        assertThat(lookups.find(temporary.lookup().id()).orElseThrow().pending()).isFalse();
        assertThat(malformed.lookup().pending()).isFalse();
        assertThat(malformed.lookup().lookupClass()).isEqualTo(LookupClass.FIXABLE_DATA_ERROR);
        clock.advanceSeconds(3600);
        assertThat(retrier.retryDue()).isZero();
        assertThat(asked).hasSize(2);
    }

    @Test
    void whatNeedsARetryAndWhatWasHeldBack() {
        assertThat(PendingLookupRetrier.needsRetry(timeout(1))).isTrue();
        assertThat(PendingLookupRetrier.needsRetry(notSent("x"))).isTrue();
        assertThat(PendingLookupRetrier.needsRetry(notAsked(LookupOutcome.Reason.TEMPORARY_CARD, "x"))).isFalse();
        assertThat(PendingLookupRetrier.needsRetry(notAsked(LookupOutcome.Reason.MALFORMED_NUMBER, "x"))).isFalse();
        assertThat(PendingLookupRetrier.needsRetry(eligible())).isFalse();
        assertThat(PendingLookupRetrier.needsRetry(new LookupOutcome.Answered("500", LookupClass.GATEWAY_ERROR, "p",
                "s", Optional.empty(), 10, 1))).isTrue();

        GatewayTry sent = new GatewayTry(1, 0, OutcomeKind.NO_ANSWER_NOT_SENT, Optional.empty(),
                LookupClass.GATEWAY_ERROR, 0, GatewayCaller.BACKGROUND, Optional.empty(), Optional.empty());
        assertThat(PendingLookupRetrier.heldBack(notSent("x"), List.of())).isTrue();
        assertThat(PendingLookupRetrier.heldBack(notSent("x"), List.of(sent))).isFalse();
        assertThat(PendingLookupRetrier.heldBack(timeout(0), List.of())).isFalse();
    }

    @Test
    void theCauseIsOneLineWithTheReasonAndItsDetail() {
        assertThat(PendingLookupRetrier.cause(timeout(1))).isEqualTo("TIMEOUT (no answer within 3900 ms)");
        assertThat(PendingLookupRetrier.cause(eligible())).isEqualTo("code 000");
        assertThat(PendingLookupRetrier.cause(notAsked(LookupOutcome.Reason.UNREACHABLE,
                "IOException: unexpected end of stream\n\tat okhttp3.internal.http1\r\n")))
                .isEqualTo("UNREACHABLE (IOException: unexpected end of stream at okhttp3.internal.http1)");
    }

    @Test
    void jitteredWaitsLieBetweenHalfAndAllOfTheWait() {
        RetrySchedule jittered = new RetrySchedule(Duration.ofSeconds(10), Duration.ofSeconds(40), 3, true);
        java.util.Random random = new java.util.Random(42);
        java.util.Set<Duration> seen = new java.util.HashSet<>();
        for (int i = 0; i < 500; i++) {
            Duration d = jittered.jitteredDelayBefore(2, random);
            assertThat(d).isBetween(Duration.ofSeconds(10), Duration.ofSeconds(20));
            seen.add(d);
        }
        assertThat(seen).as("spread, not one value").hasSizeGreaterThan(100);
        assertThat(SCHEDULE.jitteredDelayBefore(2, random)).as("no jitter").isEqualTo(Duration.ofSeconds(20));
        assertThat(RetrySchedule.defaults().jitter()).isTrue();
    }
}
