package vn.tiepdon.client;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.LookupStats;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * {@link ReceptionApi} over HTTP (OkHttp). Several base URLs may be given (server instances
 * sharing one database): a call that cannot reach one goes to the next, and the one that answered
 * is tried first next time. An HTTP error answer is an answer and is not sent elsewhere; a POST
 * that may have reached a server is never repeated on another (it could issue or call twice).
 * Thread-safe; close it when done.
 */
public final class HttpReceptionClient implements ReceptionApi, AutoCloseable {
    /** Call timeout of {@link #create(String)}: above the server's BHXH lookup budget. */
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(15);
    /** Event streams: the server pings every 15 s, so 60 s of silence means it is gone. */
    static final Duration EVENT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(HttpReceptionClient.class);
    private static final String UNAVAILABLE_VI =
            "Hệ thống tiếp đón đang gặp sự cố. Vui lòng thử lại sau hoặc đến quầy tiếp đón.";

    private final ServerAddresses addresses;
    private final OkHttpClient http;
    private final OkHttpClient eventHttp;
    private final JsonMapper json = ApiJson.create();
    private final Set<EventStreamSubscription> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param baseUrls server base URLs in order of preference, e.g. {@code http://10.0.0.5:8080}
     * @param bearerToken device token sent as {@code Authorization: Bearer} on every request
     * @param callTimeout limit of one request to one server (connect, send, wait, read)
     */
    public HttpReceptionClient(List<String> baseUrls, Optional<String> bearerToken, Duration callTimeout) {
        Objects.requireNonNull(bearerToken);
        Objects.requireNonNull(callTimeout);
        this.addresses = new ServerAddresses(baseUrls);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .callTimeout(callTimeout)
                .eventListenerFactory(SendTracker::of);
        bearerToken.ifPresent(token -> builder.addInterceptor(chain -> chain.proceed(
                chain.request().newBuilder().header("Authorization", "Bearer " + token).build())));
        this.http = builder.build();
        this.eventHttp = eventClientOf(http);
    }

    /**
     * The client for event streams: same dispatcher, pool and token as {@code http}, no limit on
     * the whole call (a stream lasts for hours) but a read timeout that catches a dead server.
     */
    static OkHttpClient eventClientOf(OkHttpClient http) {
        return http.newBuilder()
                .callTimeout(Duration.ZERO)
                .readTimeout(EVENT_READ_TIMEOUT)
                .build();
    }

    /** One server, no token, {@link #DEFAULT_CALL_TIMEOUT}. */
    public static HttpReceptionClient create(String baseUrl) {
        return new HttpReceptionClient(List.of(baseUrl), Optional.empty(), DEFAULT_CALL_TIMEOUT);
    }

    @Override
    public SetupView setup() {
        return required(ApiRequest.get("api", "v1", "setup"), type(SetupView.class));
    }

    @Override
    public CheckinResponse checkIn(CheckinRequest request) {
        Objects.requireNonNull(request);
        return required(ApiRequest.postJson(toJson(request), "api", "v1", "checkins"), type(CheckinResponse.class));
    }

    @Override
    public List<TicketView> tickets(Optional<TicketStatus> status) {
        ApiRequest request = ApiRequest.get("api", "v1", "tickets");
        if (status.isPresent()) {
            request = request.withQuery("status", status.get().name());
        }
        return required(request, listOf(TicketView.class));
    }

    @Override
    public Optional<TicketView> callNext(String counterId) {
        return counterVerb(counterId, "next");
    }

    @Override
    public Optional<TicketView> recall(String counterId) {
        return counterVerb(counterId, "recall");
    }

    @Override
    public Optional<TicketView> skip(String counterId) {
        return counterVerb(counterId, "skip");
    }

    @Override
    public Optional<TicketView> finish(String counterId) {
        return counterVerb(counterId, "finish");
    }

    @Override
    public LookupStats lookupStats(LocalDate from, LocalDate to) {
        ApiRequest request = ApiRequest.get("api", "v1", "stats", "lookups")
                .withQuery("from", from.toString())
                .withQuery("to", to.toString());
        return required(request, type(LookupStats.class));
    }

    /** {@code GET /api/v1/lookups?date=[&failed=true]}: the lookups of one day, or only the failed ones. */
    public List<LookupView> lookups(LocalDate date, boolean failedOnly) {
        ApiRequest request = ApiRequest.get("api", "v1", "lookups").withQuery("date", date.toString());
        if (failedOnly) {
            request = request.withQuery("failed", "true");
        }
        return required(request, listOf(LookupView.class));
    }

    /** {@code GET /api/v1/health}: the server's status word, {@code UP} when it is well. */
    public String health() {
        Map<String, String> answer = required(ApiRequest.get("api", "v1", "health"),
                json.getTypeFactory().constructMapType(Map.class, String.class, String.class));
        return Optional.ofNullable(answer.get("status")).orElseThrow(() -> new ApiException(200,
                new ApiError("INVALID_ANSWER", "Health answer has no status", UNAVAILABLE_VI)));
    }

    @Override
    public EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener) {
        Objects.requireNonNull(listener);
        if (afterEventId < 0) {
            throw new IllegalArgumentException("event ids start at 1: " + afterEventId);
        }
        requireOpen();
        EventStreamSubscription subscription = new EventStreamSubscription(eventHttp, addresses, json,
                afterEventId, listener, Backoff.standard(), subscriptions::remove);
        subscriptions.add(subscription);
        if (closed) {
            subscriptions.remove(subscription);
            requireOpen();
        }
        subscription.start();
        return subscription;
    }

    /** Stops every event subscription, then OkHttp's threads and pooled connections. Calls after this fail. */
    @Override
    public void close() {
        closed = true;
        List.copyOf(subscriptions).forEach(EventStreamSubscription::close);
        http.dispatcher().executorService().shutdown();
        http.connectionPool().evictAll();
    }

    private Optional<TicketView> counterVerb(String counterId, String verb) {
        Objects.requireNonNull(counterId);
        return exchange(ApiRequest.post("api", "v1", "counters", counterId, verb), type(TicketView.class));
    }

    @Override
    public void uploadPortrait(long ticketId, Portrait portrait) {
        exchange(ApiRequest.putJson(toJson(portrait), "api", "v1", "tickets", Long.toString(ticketId), "portrait"),
                type(Map.class));
    }

    @Override
    public Optional<Portrait> portrait(long ticketId) {
        try {
            return exchange(ApiRequest.get("api", "v1", "tickets", Long.toString(ticketId), "portrait"),
                    type(Portrait.class));
        } catch (ApiException e) {
            if (e.httpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private <T> T required(ApiRequest request, JavaType type) {
        return this.<T>exchange(request, type).orElseThrow(() -> new ApiException(204, new ApiError(
                "INVALID_ANSWER", request.describe() + " answered 204 without content", UNAVAILABLE_VI)));
    }

    private void requireOpen() {
        if (closed) {
            throw new IllegalStateException("reception client already closed");
        }
    }

    private <T> Optional<T> exchange(ApiRequest request, JavaType type) {
        requireOpen();
        List<String> tried = new ArrayList<>();
        IOException lastFailure = null;
        int first = addresses.workingIndex();
        for (int attempt = 0; attempt < addresses.size(); attempt++) {
            int index = first + attempt;
            HttpUrl base = addresses.get(index);
            tried.add(base.toString());
            SendTracker tracker = new SendTracker();
            Request httpRequest = request.toHttp(base).tag(SendTracker.class, tracker).build();
            try (Response response = http.newCall(httpRequest).execute()) {
                addresses.answered(index);
                return read(request, response, type);
            } catch (IOException e) {
                lastFailure = e;
                if (!request.repeatable() && tracker.requestStarted()) {
                    throw new ApiException(request.describe() + " to " + base + " failed after it was sent ("
                            + e + "); not repeated, the server may have carried it out", e);
                }
                log.warn("Server {} unreachable for {}: {}", base, request.describe(), e.toString());
            }
        }
        throw new ApiException("No reception server reachable for " + request.describe() + "; tried "
                + String.join(", ", tried), lastFailure);
    }

    private <T> Optional<T> read(ApiRequest request, Response response, JavaType type) throws IOException {
        int status = response.code();
        byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
        if (status == 204) {
            return Optional.empty();
        }
        if (!response.isSuccessful()) {
            throw new ApiException(status, errorOf(status, response.message(), body));
        }
        try {
            return Optional.of(json.readValue(body, type));
        } catch (JsonProcessingException e) {
            log.warn("Unreadable answer to {} (HTTP {}): {}", request.describe(), status, e.getClass().getSimpleName());
            ApiException failure = new ApiException(status, new ApiError("INVALID_ANSWER",
                    request.describe() + " answered HTTP " + status + " with a body that is not the expected JSON",
                    UNAVAILABLE_VI));
            failure.initCause(e);
            throw failure;
        }
    }

    /** The server's {@link ApiError}, or one describing the bare status (a proxy's HTML page...). */
    private ApiError errorOf(int status, String reason, byte[] body) {
        if (body.length > 0) {
            try {
                return json.readValue(body, ApiError.class);
            } catch (IOException e) {
                log.debug("HTTP {} answer is not an ApiError: {}", status, e.getClass().getSimpleName());
            }
        }
        String text = "Server answered HTTP " + status + (reason.isBlank() ? "" : " " + reason) + " without an error body";
        return new ApiError("HTTP_" + status, text, UNAVAILABLE_VI);
    }

    private byte[] toJson(Object value) {
        try {
            return json.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    private JavaType type(Class<?> type) {
        return json.getTypeFactory().constructType(type);
    }

    private JavaType listOf(Class<?> element) {
        return json.getTypeFactory().constructCollectionType(List.class, element);
    }
}
