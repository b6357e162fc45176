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
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.access.DeviceRequest;
import vn.tiepdon.core.access.DeviceToken;
import vn.tiepdon.core.access.LoginRequest;
import vn.tiepdon.core.access.NewUser;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.access.SessionView;
import vn.tiepdon.core.access.UserView;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CallRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.CounterView;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupSuccess;
import vn.tiepdon.core.api.QueueStats;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.api.VisitHistoryView;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.core.text.ContractText;

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
    /**
     * The visit history: the server waits up to {@code gateway.historyBudget} (at most 60 s) for the
     * gateway, so the client waits longer than that.
     */
    public static final Duration HISTORY_CALL_TIMEOUT = Duration.ofSeconds(75);
    /** Event streams: the server pings every 15 s, so 60 s of silence means it is gone. */
    static final Duration EVENT_READ_TIMEOUT = Duration.ofSeconds(60);

    private static final Logger log = LoggerFactory.getLogger(HttpReceptionClient.class);
    private final ContractText texts = ContractText.vietnamese();

    private final ServerAddresses addresses;
    private final AtomicReference<Optional<String>> token;
    private final OkHttpClient http;
    private final OkHttpClient eventHttp;
    private final OkHttpClient historyHttp;
    /** For files (reports, proofs): no call limit, a long read timeout between bytes. */
    private final OkHttpClient downloadHttp;
    private final JsonMapper json = ApiJson.create();
    private final Set<EventStreamSubscription<?>> subscriptions = ConcurrentHashMap.newKeySet();
    private volatile boolean closed;

    /**
     * @param baseUrls server base URLs in order of preference, e.g. {@code http://10.0.0.5:8080}
     * @param bearerToken device token (or session token) sent as {@code Authorization: Bearer} on every
     *                    request; {@link #login} replaces it
     * @param callTimeout limit of one request to one server (connect, send, wait, read)
     */
    public HttpReceptionClient(List<String> baseUrls, Optional<String> bearerToken, Duration callTimeout) {
        Objects.requireNonNull(bearerToken);
        Objects.requireNonNull(callTimeout);
        this.addresses = new ServerAddresses(baseUrls);
        this.token = new AtomicReference<>(bearerToken);
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .callTimeout(callTimeout)
                .eventListenerFactory(SendTracker::of)
                .addInterceptor(chain -> {
                    Optional<String> t = token.get();
                    return chain.proceed(t.isEmpty() ? chain.request()
                            : chain.request().newBuilder().header("Authorization", "Bearer " + t.get()).build());
                });
        this.http = builder.build();
        this.eventHttp = eventClientOf(http);
        this.historyHttp = http.newBuilder()
                .callTimeout(callTimeout.compareTo(HISTORY_CALL_TIMEOUT) > 0 ? callTimeout : HISTORY_CALL_TIMEOUT)
                .readTimeout(Duration.ZERO)
                .build();
        this.downloadHttp = http.newBuilder().callTimeout(Duration.ZERO).readTimeout(REPORT_READ_TIMEOUT).build();
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

    /** One server, no token (call {@link #login} or use {@link #create(String, String)}), {@link #DEFAULT_CALL_TIMEOUT}. */
    public static HttpReceptionClient create(String baseUrl) {
        return new HttpReceptionClient(List.of(baseUrl), Optional.empty(), DEFAULT_CALL_TIMEOUT);
    }

    /** One server, this bearer token, {@link #DEFAULT_CALL_TIMEOUT}. */
    public static HttpReceptionClient create(String baseUrl, String bearerToken) {
        return new HttpReceptionClient(List.of(baseUrl), Optional.of(bearerToken), DEFAULT_CALL_TIMEOUT);
    }

    /**
     * {@code POST /api/v1/sessions}: logs a person in; every later call carries the session's
     * token. A wrong password is an {@link ApiException} with {@code WRONG_PASSWORD} (401), a locked
     * account one with {@code ACCOUNT_LOCKED} (423) and {@code ApiError.until}.
     */
    public SessionView login(String user, String password) {
        SessionView session = required(ApiRequest.postJson(toJson(new LoginRequest(user, password)),
                "api", "v1", "sessions"), type(SessionView.class));
        token.set(Optional.of(session.token()));
        return session;
    }

    /** {@code DELETE /api/v1/sessions}: ends the current session; later calls carry no token. */
    public void logout() {
        try {
            exchange(ApiRequest.delete("api", "v1", "sessions"), type(Map.class));
        } finally {
            token.set(Optional.empty());
        }
    }

    /** The bearer token calls carry now, if any. */
    public Optional<String> token() {
        return token.get();
    }

    /** {@code POST /api/v1/devices} (admin): registers a device and returns its new token. */
    public DeviceToken registerDevice(String id, Role role) {
        return required(ApiRequest.postJson(toJson(new DeviceRequest(id, role)), "api", "v1", "devices"),
                type(DeviceToken.class));
    }

    /** {@code DELETE /api/v1/devices/{id}} (admin): revokes a device's token. */
    public void revokeDevice(String id) {
        exchange(ApiRequest.delete("api", "v1", "devices", id), type(Map.class));
    }

    /** {@code POST /api/v1/users} (admin). */
    public UserView createUser(String user, String password, Role role) {
        return required(ApiRequest.postJson(toJson(new NewUser(user, password, role)), "api", "v1", "users"),
                type(UserView.class));
    }

    /** {@code GET /api/v1/users} (admin). */
    public List<UserView> users() {
        return required(ApiRequest.get("api", "v1", "users"), listOf(UserView.class));
    }

    /** {@code DELETE /api/v1/users/{user}} (admin). */
    public void deleteUser(String user) {
        exchange(ApiRequest.delete("api", "v1", "users", user), type(Map.class));
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
    public Optional<TicketView> counter(CounterVerb verb, String counterId) {
        Objects.requireNonNull(verb);
        Objects.requireNonNull(counterId);
        if (verb.aboutCounter()) {
            throw new IllegalArgumentException(verb + " changes the counter: use counterState");
        }
        return exchange(ApiRequest.post("api", "v1", "counters", counterId, verb.path()), type(TicketView.class));
    }

    @Override
    public Optional<CounterView> counterState(CounterVerb verb, String counterId) {
        Objects.requireNonNull(counterId);
        if (!verb.aboutCounter()) {
            throw new IllegalArgumentException(verb + " changes a ticket: use counter");
        }
        return exchange(ApiRequest.post("api", "v1", "counters", counterId, verb.path()), type(CounterView.class));
    }

    @Override
    public TicketView call(String counterId, String number) {
        return required(ApiRequest.postJson(toJson(new CallRequest(number)), "api", "v1", "counters", counterId,
                "call"), type(TicketView.class));
    }

    @Override
    public Optional<TicketView> transfer(long ticketId, TransferRequest request) {
        return exchange(ApiRequest.postJson(toJson(request), "api", "v1", "tickets", Long.toString(ticketId),
                "transfer"), type(TicketView.class));
    }

    @Override
    public TicketView returnToQueue(long ticketId, ReturnRequest.Position position) {
        return required(ApiRequest.postJson(toJson(new ReturnRequest(position)), "api", "v1", "tickets",
                Long.toString(ticketId), "return"), type(TicketView.class));
    }

    @Override
    public TicketView chooseFeePaying(long ticketId) {
        return required(ApiRequest.post("api", "v1", "tickets", Long.toString(ticketId), "fee-paying"),
                type(TicketView.class));
    }

    @Override
    public TicketView restore(long ticketId) {
        return required(ApiRequest.post("api", "v1", "tickets", Long.toString(ticketId), "restore"),
                type(TicketView.class));
    }

    @Override
    public List<CounterView> counters() {
        return required(ApiRequest.get("api", "v1", "counters"), listOf(CounterView.class));
    }

    @Override
    public TicketView override(long lookupId, LookupOverride request) {
        Objects.requireNonNull(request);
        return required(ApiRequest.postJson(toJson(request), "api", "v1", "lookups", Long.toString(lookupId),
                "override"), type(TicketView.class));
    }

    @Override
    public List<AuditEntry> lookupAudit(long lookupId) {
        return required(ApiRequest.get("api", "v1", "lookups", Long.toString(lookupId), "audit"),
                listOf(AuditEntry.class));
    }

    @Override
    public VisitHistoryView visitHistory(long lookupId) {
        return required(ApiRequest.get("api", "v1", "lookups", Long.toString(lookupId), "history").askingGateway(),
                type(VisitHistoryView.class));
    }

    @Override
    public LookupSuccess lookupSuccess(LocalDate from, LocalDate to) {
        ApiRequest request = ApiRequest.get("api", "v1", "stats", "lookups")
                .withQuery("from", from.toString())
                .withQuery("to", to.toString());
        return required(request, type(LookupSuccess.class));
    }

    @Override
    public Optional<vn.tiepdon.core.api.GatewayNotice> gatewayNotice() {
        return exchange(ApiRequest.get("api", "v1", "gateway", "notice"), type(vn.tiepdon.core.api.GatewayNotice.class));
    }

    @Override
    public Optional<vn.tiepdon.core.api.TicketStatusView> ticketStatus(java.time.LocalDate day, String number) {
        try {
            return exchange(ApiRequest.get("api", "v1", "ticket-status", day.toString(), number),
                    type(vn.tiepdon.core.api.TicketStatusView.class));
        } catch (ApiException e) {
            if (e.error().map(err -> err.error() == vn.tiepdon.core.api.ErrorCode.UNKNOWN_TICKET).orElse(false)) {
                return Optional.empty();
            }
            throw e;
        }
    }

    @Override
    public byte[] lookupProof(long lookupId) {
        return download(ApiRequest.get("api", "v1", "lookups", Long.toString(lookupId), "proof"));
    }

    /** How long a report download may go without a byte from the server (a year's file takes a while). */
    static final Duration REPORT_READ_TIMEOUT = Duration.ofMinutes(2);

    @Override
    public void failedLookupsReport(LocalDate from, LocalDate to, vn.tiepdon.core.api.ReportFormat format,
                                    boolean leaveOutSent, java.io.OutputStream out) throws IOException {
        Objects.requireNonNull(out);
        ApiRequest request = ApiRequest.get("api", "v1", "reports", "failed-lookups")
                .withQuery("from", from.toString())
                .withQuery("to", to.toString())
                .withQuery("format", format.name().toLowerCase(java.util.Locale.ROOT));
        if (leaveOutSent) {
            request = request.withQuery("leaveOutSent", "true");
        }
        download(request, out);
    }

    @Override
    public vn.tiepdon.core.api.BhxhSentResult markSentToBhxh(vn.tiepdon.core.api.BhxhSentRequest request) {
        Objects.requireNonNull(request);
        return required(ApiRequest.postJson(toJson(request), "api", "v1", "reports", "failed-lookups", "sent"),
                type(vn.tiepdon.core.api.BhxhSentResult.class));
    }

    /**
     * A file from the server, copied to {@code out} as it arrives. Another server is tried only
     * while nothing was written; an error answer is an {@link ApiException}, as for JSON calls.
     */
    private void download(ApiRequest request, java.io.OutputStream out) throws IOException {
        requireOpen();
        OkHttpClient client = downloadHttp;
        List<String> tried = new ArrayList<>();
        IOException lastFailure = null;
        int first = addresses.workingIndex();
        for (int attempt = 0; attempt < addresses.size(); attempt++) {
            int index = first + attempt;
            HttpUrl base = addresses.get(index);
            tried.add(base.toString());
            Request httpRequest = request.toHttp(base).header("Accept", "*/*").build();
            Response response;
            try {
                response = client.newCall(httpRequest).execute();
            } catch (IOException e) {
                lastFailure = e;
                log.warn("Server {} unreachable for {}: {}", base, request.describe(), e.toString());
                continue;
            }
            try (response) {
                addresses.answered(index);
                if (!response.isSuccessful()) {
                    byte[] body = response.body() == null ? new byte[0] : response.body().bytes();
                    throw new ApiException(response.code(), errorOf(response.code(), response.message(), body));
                }
                try (java.io.InputStream in = response.body().byteStream()) {
                    in.transferTo(out);
                }
                return;
            }
        }
        throw new ApiException("No reception server reachable for " + request.describe() + "; tried "
                + String.join(", ", tried), lastFailure);
    }

    @Override
    public QueueStats queueStats(LocalDate from, LocalDate to) {
        ApiRequest request = ApiRequest.get("api", "v1", "stats", "queues")
                .withQuery("from", from.toString())
                .withQuery("to", to.toString());
        return required(request, type(QueueStats.class));
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
                clientError(ErrorCode.INVALID_ANSWER, "Health answer has no status")));
    }

    @Override
    public EventSubscription subscribe(long afterEventId, Consumer<ReceptionEvent> listener) {
        return subscribe(EventKind.STAFF, afterEventId, listener);
    }

    @Override
    public EventSubscription subscribeHall(long afterEventId, Consumer<HallEvent> listener) {
        return subscribe(EventKind.HALL, afterEventId, listener);
    }

    private <E> EventSubscription subscribe(EventKind<E> kind, long afterEventId, Consumer<E> listener) {
        Objects.requireNonNull(listener);
        if (afterEventId < 0) {
            throw new IllegalArgumentException("event ids start at 1: " + afterEventId);
        }
        requireOpen();
        EventStreamSubscription<E> subscription = new EventStreamSubscription<>(eventHttp, addresses, json, kind,
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

    /**
     * A GET whose answer is a file (not JSON): its bytes; an error answer is thrown as for JSON calls.
     * Tried on each server in turn, like the other GETs.
     */
    private byte[] download(ApiRequest request) {
        java.io.ByteArrayOutputStream buffer = new java.io.ByteArrayOutputStream();
        try {
            download(request, buffer);
        } catch (IOException e) {
            throw new ApiException("The download of " + request.describe() + " broke off", e);
        }
        if (buffer.size() == 0) {
            throw new ApiException(200, clientError(ErrorCode.INVALID_ANSWER,
                    request.describe() + " answered without a file"));
        }
        return buffer.toByteArray();
    }

    private <T> T required(ApiRequest request, JavaType type) {
        return this.<T>exchange(request, type).orElseThrow(() -> new ApiException(204, clientError(
                ErrorCode.INVALID_ANSWER, request.describe() + " answered 204 without content")));
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
            OkHttpClient client = request.asksGateway() ? historyHttp : http;
            try (Response response = client.newCall(httpRequest).execute()) {
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
            ApiException failure = new ApiException(status, clientError(ErrorCode.INVALID_ANSWER,
                    request.describe() + " answered HTTP " + status + " with a body that is not the expected JSON"));
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
        return clientError(ErrorCode.HTTP_ERROR, text);
    }

    private ApiError clientError(ErrorCode code, String message) {
        return new ApiError(code, message, texts.error(code));
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
