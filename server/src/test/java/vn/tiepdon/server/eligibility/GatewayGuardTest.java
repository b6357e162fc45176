package vn.tiepdon.server.eligibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.testing.MutableClock;

/** What replies say about the account: a restricted account, refusals after a fresh login. */
class GatewayGuardTest {
    static final String RESTRICTED = "{\"maKetQua\":\"500\",\"ghiChu\":\"Có lỗi xảy ra trong quá trình tra cứu!\"}";

    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-22T01:00:00Z"));
    private final GatewayGuard guard = new GatewayGuard(new GatewayGuard.Settings(
            new RequestBudget.Quota(100, 1000, 0.5), Duration.ofMinutes(15), Duration.ofMinutes(5)), clock);
    private final List<GatewayNotice> told = new CopyOnWriteArrayList<>();

    GatewayGuardTest() {
        guard.stop().onChange(told::add);
    }

    private static GatewayReply reply(int status, String body) {
        return GatewayJson.lookupReply(new ObjectMapper(), status, "application/json; charset=utf-8",
                body.getBytes(StandardCharsets.UTF_8));
    }

    private static GatewayReply coded(String code) {
        return new GatewayReply.Coded(code, Optional.empty(), Optional.of(new ReceivedReply(200, 40, Optional.empty())));
    }

    @Test
    void theRestrictedAccountReplyStopsEveryCall() {
        GatewayReply restricted = reply(500, RESTRICTED);
        assertThat(restricted).isInstanceOf(GatewayReply.Coded.class);

        guard.observe(restricted);

        assertThat(guard.stop().current()).isPresent();
        assertThat(guard.stop().current().get().since()).isEqualTo(clock.instant());
        assertThat(guard.stop().current().get().detail()).startsWith("restricted-account reply from the gateway");
        for (GatewayCaller caller : GatewayCaller.values()) {
            assertThat(guard.admit(caller)).as(caller.name()).hasValueSatisfying(why -> assertThat(why)
                    .startsWith("gateway calls stopped since 2026-11-22T01:00:00Z: restricted-account reply"));
        }
        assertThat(guard.budget().usage().today()).as("a refused request takes no budget").isZero();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "{\"maKetQua\":\"500\",\"GhiChu\":\"Có lỗi xảy ra trong quá trình tra cứu!\"}",
            "{\"MaKetQua\":\"500\",\"GHICHU\":\"CÓ LỖI XẢY RA TRONG QUÁ TRÌNH TRA CỨU!\"}",
            "\uFEFF{\"GhiChu\":\"Có lỗi xảy ra trong quá trình tra cứu!\"}",
            "{\"maKetQua\":500,\"ghiChu\":\"  Có lỗi xảy ra trong quá trình tra cứu! Vui lòng thử lại sau.\"}"})
    void theRestrictedReplyIsKnownWhateverTheKeyCaseOrCode(String body) {
        guard.observe(reply(500, body));

        assertThat(guard.stop().current()).isPresent();
    }

    @Test
    void theRestrictedReplyIsKnownInDecomposedUnicode() {
        String nfd = Normalizer.normalize(RESTRICTED, Normalizer.Form.NFD);
        assertThat(nfd).isNotEqualTo(RESTRICTED);

        guard.observe(reply(500, nfd));

        assertThat(guard.stop().current()).isPresent();
    }

    @Test
    void aSystemErrorDoesNotStopCalls() {
        guard.observe(reply(500, "{\"maKetQua\":\"500\",\"ghiChu\":\"Có lỗi hệ thống, vui lòng thử lại sau\"}"));
        guard.observe(reply(500, "{\"maKetQua\":\"500\"}"));
        guard.observe(reply(500, "<html><body>500 Internal Server Error</body></html>"));

        assertThat(guard.stop().current()).isEmpty();
        assertThat(guard.admit(GatewayCaller.KIOSK)).isEmpty();
        assertThat(told).isEmpty();
    }

    @Test
    void theRestrictedTextWithAnotherStatusDoesNotStopCalls() {
        guard.observe(reply(200, RESTRICTED));

        assertThat(guard.stop().current()).isEmpty();
    }

    @Test
    void twoRefusalsInARowAfterAFreshLoginStopCalls() {
        GatewayReply refused = reply(401, "");
        assertThat(refused).isEqualTo(new GatewayReply.Coded("401", Optional.empty(),
                Optional.of(new ReceivedReply(401, 0, Optional.empty()))));

        guard.observe(refused);
        assertThat(guard.stop().current()).as("one refusal").isEmpty();
        guard.observe(refused);

        assertThat(guard.stop().current().map(GatewayStop.Stopped::detail))
                .contains("the gateway refused the account 2 times in a row, each after a fresh login");
        assertThat(guard.admit(GatewayCaller.KIOSK)).isPresent();
    }

    @Test
    void anAnswerBetweenTwoRefusalsStartsTheCountAgain() {
        guard.observe(coded("401"));
        guard.observe(coded("000"));
        guard.observe(coded("401"));

        assertThat(guard.stop().current()).isEmpty();
        guard.observe(coded("401"));
        assertThat(guard.stop().current()).isPresent();
    }

    @Test
    void aTimeoutBetweenTwoRefusalsDoesNotHideThem() {
        guard.observe(coded("401"));
        guard.observe(new GatewayReply.Failed(LookupOutcome.Reason.TIMEOUT, "no answer", false));
        guard.observe(coded("401"));

        assertThat(guard.stop().current()).isPresent();
    }

    @Test
    void aStopHoldsUntilResumedAndListenersAreToldOnceEach() {
        guard.observe(reply(500, RESTRICTED));
        clock.advance(Duration.ofMinutes(3));
        guard.observe(reply(500, RESTRICTED));
        guard.stop().stop("again");
        clock.advance(Duration.ofHours(5));

        assertThat(guard.admit(GatewayCaller.KIOSK)).as("no time limit on a stop").isPresent();
        assertThat(told).hasSize(1);
        GatewayNotice stopped = told.get(0);
        assertThat(stopped.kind()).isEqualTo(GatewayNotice.Kind.STOPPED);
        assertThat(stopped.since()).isEqualTo(Instant.parse("2026-11-22T01:00:00Z"));
        assertThat(stopped.ended()).isEmpty();

        assertThat(guard.stop().resume("user:admin")).isTrue();
        assertThat(guard.stop().resume("user:admin")).as("nothing left to resume").isFalse();

        assertThat(told).hasSize(2);
        GatewayNotice resumed = told.get(1);
        assertThat(resumed).isEqualTo(new GatewayNotice(GatewayNotice.Kind.RESUMED,
                Instant.parse("2026-11-22T01:00:00Z"), Optional.of(Instant.parse("2026-11-22T06:03:00Z")),
                "resumed by user:admin"));
        assertThat(guard.admit(GatewayCaller.KIOSK)).isEmpty();
    }

    @Test
    void aRestoredStopRefusesCallsAndTellsNoOne() {
        guard.stop().restore(Instant.parse("2026-11-21T09:00:00Z"), "restricted-account reply");

        assertThat(guard.admit(GatewayCaller.DESK)).contains(
                "gateway calls stopped since 2026-11-21T09:00:00Z: restricted-account reply");
        assertThat(told).isEmpty();
    }

    @Test
    void aFailingListenerDoesNotKeepOthersFromBeingTold() {
        GatewayStop stop = new GatewayStop(clock);
        List<GatewayNotice> second = new CopyOnWriteArrayList<>();
        stop.onChange(n -> {
            throw new IllegalStateException("database down");
        });
        stop.onChange(second::add);

        stop.stop("test");

        assertThat(second).hasSize(1);
        assertThat(stop.current()).isPresent();
    }

    @Test
    void theBudgetRefusalNamesTheCallerAndTheUsage() {
        GatewayGuard small = new GatewayGuard(new GatewayGuard.Settings(new RequestBudget.Quota(4, 1000, 0.5),
                Duration.ZERO, Duration.ofMinutes(5)), clock);
        assertThat(small.admit(GatewayCaller.BACKGROUND)).isEmpty();
        assertThat(small.admit(GatewayCaller.BACKGROUND)).isEmpty();

        assertThat(small.admit(GatewayCaller.BACKGROUND))
                .contains("request budget spent for background lookups (2 this minute, 2 today)");
        assertThat(small.admit(GatewayCaller.KIOSK)).isEmpty();
        assertThat(small.nextChance(GatewayCaller.BACKGROUND)).isEqualTo(clock.instant().plusSeconds(60));
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        GatewayGuard.Settings d = GatewayGuard.Settings.defaults();
        assertThat(d.quota()).isEqualTo(new RequestBudget.Quota(60, 5000, 0.5));
        assertThat(d.reuseAnswerFor()).isEqualTo(Duration.ofMinutes(15));
        assertThat(d.outageAfter()).isEqualTo(Duration.ofMinutes(5));
    }

    @Test
    void whatCameBackKeepsAtMostAThousandCharactersOfTheMessageAndLogsNoneOfIt() {
        ReceivedReply long_ = new ReceivedReply(500, 4000, Optional.of("Nguyễn Văn An ".repeat(100)));

        assertThat(long_.message().orElseThrow()).hasSize(ReceivedReply.MAX_MESSAGE);
        assertThat(long_.toString()).isEqualTo("ReceivedReply[httpStatus=500, bytes=4000]");
        assertThat(new SentRequest("079090001234", "Nguyễn Văn An", "15/08/1990", "01999_BV", "Trần Thị Bích")
                .toString()).isEqualTo("SentRequest[account=01999_BV]");
    }
}
