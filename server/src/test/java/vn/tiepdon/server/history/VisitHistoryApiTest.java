package vn.tiepdon.server.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.api.VisitView;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.server.TestServer;
import vn.tiepdon.server.TestSetups;
import vn.tiepdon.server.eligibility.VisitHistoryResult;
import vn.tiepdon.server.eligibility.VisitHistorySource;

/**
 * {@code GET /api/v1/lookups/{id}/history} over HTTP: asked with the lookup's values within the
 * history budget, the visits most recent first, the gateway's refusal or silence as an answer, an
 * unknown lookup as 404 {@code UNKNOWN_LOOKUP}, and never asked on the kiosk's path.
 */
class VisitHistoryApiTest {
    private static final Duration BUDGET = Duration.ofSeconds(12);
    private static final VisitView MARCH = new VisitView(Optional.of("01929202500001"), Optional.of("01929"),
            Optional.of(LocalDateTime.of(2025, 3, 10, 10, 30)), Optional.of(LocalDateTime.of(2025, 3, 10, 14, 30)),
            Optional.of("Viêm dạ dày"), Optional.of("4"), Optional.of("1"), Optional.of("1"));
    private static final VisitView JUNE = new VisitView(Optional.of("79024202500777"), Optional.of("79024"),
            Optional.of(LocalDateTime.of(2025, 6, 1, 8, 0)), Optional.empty(), Optional.of("Tăng huyết áp"),
            Optional.empty(), Optional.empty(), Optional.empty());

    /** The history source: records what it was asked and by when, answers what {@link #answer} gives. */
    private final List<LookupRequest> asked = Collections.synchronizedList(new ArrayList<>());
    private final List<Instant> deadlines = Collections.synchronizedList(new ArrayList<>());
    private final AtomicReference<Supplier<VisitHistoryResult>> answer = new AtomicReference<>(
            () -> new VisitHistoryResult.Answered("000", List.of(MARCH, JUNE)));
    private final MutableClock clock = TestSetups.clock();
    private final ListAppender<ILoggingEvent> log = new ListAppender<>();
    private Logger logger;
    private TestServer test;

    @BeforeEach
    void start() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        logger = context.getLogger(VisitHistoryService.class.getName());
        logger.setLevel(Level.INFO);
        log.setContext(context);
        log.start();
        logger.addAppender(log);
        VisitHistorySource source = (request, deadline) -> {
            asked.add(request);
            deadlines.add(deadline);
            return answer.get().get();
        };
        test = TestServer.builder().clock(clock).history(source)
                .historySettings(new HistorySettings(BUDGET, Duration.ofDays(3))).start();
    }

    @AfterEach
    void stop() {
        logger.detachAppender(log);
        test.close();
    }

    private long checkIn() {
        return test.kiosk().checkIn(new CheckinRequest(TestServer.KIOSK, IdentificationMethod.QR,
                OtherFacilityChecksTest.AN_QR, Optional.empty(), Optional.empty())).lookup().id();
    }

    @Test
    void theDeskGetsTheVisitsMostRecentFirstAskedWithTheLookupsValues() {
        long lookup = checkIn();

        VisitHistoryView history = test.receptionist().visitHistory(lookup);

        assertThat(history.lookupId()).isEqualTo(lookup);
        assertThat(history.askedAt()).isEqualTo(clock.instant());
        assertThat(history.outcome()).isEqualTo(OutcomeKind.ANSWERED);
        assertThat(history.code()).contains("000");
        assertThat(history.lookupClass()).isEqualTo(LookupClass.ELIGIBLE);
        assertThat(history.staffMessage()).isEqualTo("Lịch sử KCB trên cổng BHXH: 2 lượt khám chữa bệnh.");
        assertThat(history.visits()).containsExactly(JUNE, MARCH);
        assertThat(asked).containsExactly(new LookupRequest("079090001234", Optional.of("Nguyễn Văn An"),
                Optional.of(PartialDate.parseIso("1990-08-15"))));
        assertThat(deadlines).containsExactly(clock.instant().plus(BUDGET));
        assertThat(test.admin().visitHistory(lookup).visits()).hasSize(2);
    }

    @Test
    void anEmptyHistoryIsAnAnswerWithNoVisits() {
        answer.set(() -> new VisitHistoryResult.Answered("000", List.of()));

        VisitHistoryView history = test.receptionist().visitHistory(checkIn());

        assertThat(history.historyGiven()).isTrue();
        assertThat(history.visits()).isEmpty();
        assertThat(history.staffMessage())
                .isEqualTo("Cổng BHXH không có lượt khám chữa bệnh nào trong lịch sử của thẻ này.");
    }

    @Test
    void anUnknownLookupIs404AndAsksNothing() {
        ApiException refused = catchThrowableOfType(ApiException.class, () -> test.receptionist().visitHistory(9999));

        assertThat(refused.httpStatus()).isEqualTo(404);
        assertThat(refused.error().orElseThrow().error()).isEqualTo(ErrorCode.UNKNOWN_LOOKUP);
        assertThat(asked).isEmpty();
    }

    @Test
    void aGatewayRefusalIsTheCodesStaffTextWithoutVisits() {
        answer.set(() -> new VisitHistoryResult.Answered("070", List.of(MARCH)));

        VisitHistoryView history = test.receptionist().visitHistory(checkIn());

        assertThat(history.code()).contains("070");
        assertThat(history.lookupClass()).isEqualTo(LookupClass.FIXABLE_DATA_ERROR);
        assertThat(history.staffMessage()).startsWith("Mã 070: sai ngày sinh");
        assertThat(history.visits()).isEmpty();
    }

    @Test
    void aGatewayThatFailsIsAClearAnswerNotAServerError() {
        long lookup = checkIn();
        answer.set(() -> new VisitHistoryResult.Failed(LookupOutcome.Reason.UNREACHABLE, "ConnectException", true));
        VisitHistoryView unreachable = test.receptionist().visitHistory(lookup);
        answer.set(() -> {
            throw new IllegalStateException("bug in a guard");
        });
        VisitHistoryView broken = test.receptionist().visitHistory(lookup);

        assertThat(unreachable.outcome()).isEqualTo(OutcomeKind.NO_ANSWER_UNREACHABLE);
        assertThat(unreachable.code()).isEmpty();
        assertThat(unreachable.lookupClass()).isEqualTo(LookupClass.GATEWAY_ERROR);
        assertThat(unreachable.staffMessage()).startsWith("Không kết nối được cổng BHXH (ConnectException)");
        assertThat(broken.outcome()).isEqualTo(OutcomeKind.NO_ANSWER_BAD_RESPONSE);
        assertThat(broken.staffMessage()).startsWith("Cổng BHXH trả về dữ liệu không đọc được");
    }

    @Test
    void theKioskPathNeverAsksTheHistory() {
        checkIn();
        checkIn();

        assertThat(asked).isEmpty();
    }

    @Test
    void logsOneMaskedLinePerRequest() {
        long lookup = checkIn();

        test.receptionist().visitHistory(lookup);

        List<String> lines = log.list.stream().map(ILoggingEvent::getFormattedMessage)
                .filter(m -> m.startsWith("Visit history")).collect(Collectors.toList());
        assertThat(lines).containsExactly("Visit history lookup=" + lookup + " key=0790*****234 -> 000 visits=2"
                + " millis=0");
    }
}
