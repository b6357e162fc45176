package vn.tiepdon.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.net.InetAddress;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.queue.CounterVerb;

/** Error answers, unreachable servers and failover between server base URLs. */
class HttpReceptionClientErrorsTest {
    private static final Duration TIMEOUT = Duration.ofSeconds(10);
    private final JsonMapper json = ApiJson.create();
    private final MockWebServer live = new MockWebServer();
    private final MockWebServer other = new MockWebServer();

    @BeforeEach
    void start() throws Exception {
        live.start();
    }

    @AfterEach
    void stop() throws Exception {
        live.shutdown();
        other.shutdown();
    }

    private HttpReceptionClient clientOf(String... baseUrls) {
        return new HttpReceptionClient(List.of(baseUrls), Optional.empty(), TIMEOUT);
    }

    private String liveUrl() {
        return live.url("/").toString();
    }

    private MockResponse setupAnswer() throws Exception {
        return new MockResponse().setHeader("Content-Type", "application/json").setBody(json.writeValueAsString(Samples.setup()));
    }

    @Test
    void carriesTheServersApiErrorOfAnUnrecognisedCode() throws Exception {
        live.enqueue(new MockResponse().setResponseCode(422).setHeader("Content-Type", "application/json")
                .setBody(json.writeValueAsString(Samples.unrecognised())));

        try (HttpReceptionClient client = clientOf(liveUrl())) {
            ApiException failure = catchThrowableOfType(ApiException.class, () -> client.checkIn(Samples.bareCheckin()));

            assertThat(failure.httpStatus()).isEqualTo(422);
            assertThat(failure.error()).contains(Samples.unrecognised());
        }
    }

    @Test
    void reportsAnUnknownCounterAsAnErrorNotAsNobodyWaiting() throws Exception {
        live.enqueue(new MockResponse().setResponseCode(404).setBody(
                "{\"error\":\"UNKNOWN_COUNTER\",\"message\":\"No counter c9\",\"patientMessage\":\"Không có quầy c9\"}"));

        try (HttpReceptionClient client = clientOf(liveUrl())) {
            ApiException failure = catchThrowableOfType(ApiException.class,
                    () -> client.counter(CounterVerb.NEXT, "c9"));

            assertThat(failure.httpStatus()).isEqualTo(404);
            assertThat(failure.error()).map(ApiError::error).contains(ErrorCode.UNKNOWN_COUNTER);
        }
    }

    @Test
    void reportsTheStatusOfAnHtmlErrorPageFromAProxy() throws Exception {
        live.enqueue(new MockResponse().setResponseCode(502).setHeader("Content-Type", "text/html")
                .setBody("<html><body><h1>502 Bad Gateway</h1></body></html>"));

        try (HttpReceptionClient client = clientOf(liveUrl())) {
            ApiException failure = catchThrowableOfType(ApiException.class, client::setup);

            assertThat(failure.httpStatus()).isEqualTo(502);
            assertThat(failure.error()).map(ApiError::error).contains(ErrorCode.HTTP_ERROR);
            assertThat(failure.error()).map(ApiError::message).get().asString().contains("502");
            assertThat(failure.error()).map(ApiError::patientMessage).get().asString().isNotBlank();
        }
    }

    @Test
    void doesNotSendAnErrorAnswerToTheNextServer() throws Exception {
        other.start();
        live.enqueue(new MockResponse().setResponseCode(500).setBody("oops"));

        try (HttpReceptionClient client = clientOf(liveUrl(), other.url("/").toString())) {
            ApiException failure = catchThrowableOfType(ApiException.class, client::setup);

            assertThat(failure.httpStatus()).isEqualTo(500);
            assertThat(other.getRequestCount()).isZero();
        }
    }

    @Test
    void rejectsAnAnswerThatIsNotTheExpectedJson() {
        live.enqueue(new MockResponse().setBody("[1,2,3]"));

        try (HttpReceptionClient client = clientOf(liveUrl())) {
            ApiException failure = catchThrowableOfType(ApiException.class, client::setup);

            assertThat(failure.httpStatus()).isEqualTo(200);
            assertThat(failure.error()).map(ApiError::error).contains(ErrorCode.INVALID_ANSWER);
        }
    }

    @Test
    void failsOverFromADeadAddressAndRemembersTheOneThatAnswered() throws Exception {
        int deadPort = DeadAddress.freePort();
        live.enqueue(setupAnswer());
        live.enqueue(setupAnswer());

        try (HttpReceptionClient client = clientOf("http://127.0.0.1:" + deadPort + "/", liveUrl())) {
            assertThat(client.setup()).isEqualTo(Samples.setup());
            other.start(InetAddress.getByName("127.0.0.1"), deadPort);

            assertThat(client.setup()).isEqualTo(Samples.setup());
        }

        assertThat(live.getRequestCount()).isEqualTo(2);
        assertThat(other.getRequestCount()).as("the first address, now alive, is not tried first").isZero();
    }

    @Test
    void namesEveryAddressTriedWhenNoServerAnswers() {
        String first = DeadAddress.url();
        String second = DeadAddress.url();

        try (HttpReceptionClient client = clientOf(first, second)) {
            ApiException failure = catchThrowableOfType(ApiException.class, client::setup);

            assertThat(failure.httpStatus()).isZero();
            assertThat(failure.error()).isEmpty();
            assertThat(failure.getMessage()).contains(first, second);
        }
    }

    @Test
    void repeatsAReadOnAnotherServerWhenTheConnectionBreaksMidRequest() throws Exception {
        other.start();
        live.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        live.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        other.enqueue(setupAnswer());

        try (HttpReceptionClient client = clientOf(liveUrl(), other.url("/").toString())) {
            assertThat(client.setup()).isEqualTo(Samples.setup());
        }
    }

    @Test
    void neverRepeatsAPostThatReachedAServerOnAnotherServer() throws Exception {
        other.start();
        live.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        live.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        other.enqueue(new MockResponse().setResponseCode(204));

        try (HttpReceptionClient client = clientOf(liveUrl(), other.url("/").toString())) {
            ApiException failure = catchThrowableOfType(ApiException.class,
                    () -> client.counter(CounterVerb.NEXT, "c1"));

            assertThat(failure.httpStatus()).isZero();
            assertThat(failure.getMessage()).contains("not repeated");
        }
        assertThat(other.getRequestCount()).isZero();
    }

    @Test
    void sendsAPostToTheNextServerWhenTheFirstRefusesTheConnection() throws Exception {
        live.enqueue(new MockResponse().setResponseCode(204));

        try (HttpReceptionClient client = clientOf(DeadAddress.url(), liveUrl())) {
            assertThat(client.counter(CounterVerb.NEXT, "c1")).isEmpty();
        }
        assertThat(live.takeRequest().getPath()).isEqualTo("/api/v1/counters/c1/next");
    }

    @Test
    void neverAsksAnotherServerForAVisitHistoryThatReachedOne() throws Exception {
        other.start();
        live.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        other.enqueue(new MockResponse().setHeader("Content-Type", "application/json")
                .setBody(json.writeValueAsString(Samples.visitHistory())));

        try (HttpReceptionClient client = clientOf(liveUrl(), other.url("/").toString())) {
            ApiException failure = catchThrowableOfType(ApiException.class, () -> client.visitHistory(7));

            assertThat(failure.getMessage()).contains("not repeated");
        }
        assertThat(other.getRequestCount()).as("each ask is a gateway request: never twice").isZero();
    }
}
