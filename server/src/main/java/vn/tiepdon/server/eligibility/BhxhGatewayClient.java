package vn.tiepdon.server.eligibility;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;
import java.util.function.Predicate;
import okhttp3.Call;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.eligibility.LookupOutcome.Reason;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.privacy.Masking;

/**
 * OkHttp client of the BHXH gateway card check ({@code KQNhanLichSuKCB2024}) and visit history
 * ({@code Lskcb2025}). Takes a token at {@code /api/token/take} and keeps it until 60 s before it
 * expires (one token for both); on HTTP 401 or {@code maKetQua} 401 it logs in again once and
 * repeats the request. Every request ends by the deadline it is given. Thread-safe. Never logs
 * credentials, tokens or unmasked personal data.
 */
public final class BhxhGatewayClient implements VisitHistorySource {

    static final String TOKEN_PATH = "api/token/take";
    static final String LOOKUP_PATH = "api/egw/KQNhanLichSuKCB2024";
    static final String HISTORY_PATH = "api/egw/Lskcb2025";
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Logger LOG = LoggerFactory.getLogger(BhxhGatewayClient.class);

    private final OkHttpClient http;
    /**
     * The history's calls: the gateway takes 5–30 s to answer them, longer than the card check's
     * read timeout; each call is bounded by its deadline ({@code Call.timeout}) instead.
     */
    private final OkHttpClient historyHttp;
    private final GatewayCredentials credentials;
    private final Clock clock;
    private final Pace pace;
    private final HttpUrl base;
    private final ObjectMapper mapper = new ObjectMapper();
    private final ReentrantLock loginLock = new ReentrantLock();
    private volatile Token token;

    private record Token(String accessToken, String idToken, String username, Instant renewAt) {
        @Override
        public String toString() {
            return "Token[renewAt=" + renewAt + "]";
        }
    }

    /** A token, or why there is none. */
    private record Login(Optional<Token> token, Optional<GatewayReply.Failed> failure) {
        static Login of(Token t) {
            return new Login(Optional.of(t), Optional.empty());
        }

        static Login failed(Reason reason, String detail, boolean retryable) {
            return new Login(Optional.empty(), Optional.of(new GatewayReply.Failed(reason, detail, retryable)));
        }
    }

    /** A response as read, or the failure to get one. */
    private record Exchange(int status, String contentType, byte[] body, Optional<GatewayReply.Failed> failure) {
    }

    /**
     * @param http the HTTP client; its own silent retry after a connection failure is turned off,
     *             so that each request the guard admits is exactly one request to the gateway
     */
    public BhxhGatewayClient(OkHttpClient http, GatewayCredentials credentials, Clock clock) {
        this(http, credentials, clock, Pace.REAL);
    }

    /**
     * A client whose waits (the login lock, each call's timeout) last {@code pace}'s real time for the
     * clock's time left before a deadline; {@link Pace#REAL} but in a benchmark's faster clock.
     */
    public BhxhGatewayClient(OkHttpClient http, GatewayCredentials credentials, Clock clock, Pace pace) {
        // OkHttp's silent retry after a connection failure is off: each request the guard admits is one request
        this.http = Objects.requireNonNull(http, "http").newBuilder().retryOnConnectionFailure(false).build();
        this.historyHttp = this.http.newBuilder().readTimeout(Duration.ZERO).writeTimeout(Duration.ZERO).build();
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.pace = Objects.requireNonNull(pace, "pace");
        this.base = HttpUrl.get(credentials.baseUrl());
    }

    /**
     * One card check, ending by {@code deadline} (by the injected clock). Gateway trouble comes back
     * as {@link GatewayReply.Failed}, never as an exception. A {@code 401} that survives the one
     * re-login comes back as {@link GatewayReply.Coded} with code {@code 401}.
     */
    public GatewayReply lookUp(LookupRequest request, Instant deadline) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(deadline, "deadline");
        return withToken(deadline, failed -> failed, t -> post(t, request, deadline),
                BhxhGatewayClient::isUnauthorized);
    }

    /** What a lookup of {@code request} sends (the proof kept with each attempt). */
    public SentRequest sent(LookupRequest request) {
        return new SentRequest(request.cardKey(), request.fullName().orElse(""),
                request.dateOfBirth().map(d -> d.toGatewayFormat()).orElse(""), credentials.username(),
                credentials.staffName());
    }

    private static boolean isUnauthorized(GatewayReply reply) {
        return reply instanceof GatewayReply.Coded coded && coded.code().equals("401");
    }

    /**
     * The patient's visit history ({@code Lskcb2025}: token, id_token and username in the query
     * string like the card check, the values form-encoded — the gateway refuses a JSON body), ending
     * by {@code deadline}. Gateway trouble comes back as {@link VisitHistoryResult.Failed}, never as an
     * exception; a {@code 401} that survives the one re-login as an answer with code {@code 401}.
     */
    @Override
    public VisitHistoryResult history(LookupRequest request, Instant deadline) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(deadline, "deadline");
        return withToken(deadline,
                failed -> new VisitHistoryResult.Failed(failed.reason(), failed.detail(), failed.retryable()),
                t -> postHistory(t, request, deadline),
                r -> r instanceof VisitHistoryResult.Answered a && a.code().equals("401"));
    }

    /**
     * Runs {@code call} with the current token; when its answer says the token was refused, logs in
     * again once and runs it again. A login that fails gives {@code loginFailed}'s answer.
     */
    private <R> R withToken(Instant deadline, Function<GatewayReply.Failed, R> loginFailed, Function<Token, R> call,
                            Predicate<R> refused) {
        Login login = currentToken(deadline, Optional.empty());
        if (login.failure().isPresent()) {
            return loginFailed.apply(login.failure().get());
        }
        Token used = login.token().orElseThrow();
        R reply = call.apply(used);
        if (refused.test(reply)) {
            LOG.info("BHXH gateway refused the token, logging in again");
            login = currentToken(deadline, Optional.of(used));
            if (login.failure().isPresent()) {
                return loginFailed.apply(login.failure().get());
            }
            reply = call.apply(login.token().orElseThrow());
        }
        return reply;
    }

    /** The cached token, or a new one when it is due for renewal or equals {@code refused}. */
    private Login currentToken(Instant deadline, Optional<Token> refused) {
        Token cached = token;
        if (usable(cached, refused)) {
            return Login.of(cached);
        }
        try {
            long waitMillis = Duration.between(clock.instant(), deadline).toMillis();
            if (waitMillis <= 0 || !loginLock.tryLock(pace.realMillis(waitMillis), TimeUnit.MILLISECONDS)) {
                return Login.failed(Reason.TIMEOUT, "no time left to log in", false);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Login.failed(Reason.TIMEOUT, "interrupted while waiting to log in", false);
        }
        try {
            cached = token;
            if (usable(cached, refused)) {
                return Login.of(cached);
            }
            Login login = logIn(deadline);
            login.token().ifPresent(t -> token = t);
            return login;
        } finally {
            loginLock.unlock();
        }
    }

    private boolean usable(Token t, Optional<Token> refused) {
        return t != null && !refused.map(r -> r.accessToken().equals(t.accessToken())).orElse(false)
                && clock.instant().isBefore(t.renewAt());
    }

    private Login logIn(Instant deadline) {
        ObjectNode body = mapper.createObjectNode()
                .put("username", credentials.username())
                .put("password", credentials.passwordMd5());
        Request request = new Request.Builder().url(base.newBuilder().addPathSegments(TOKEN_PATH).build())
                .post(RequestBody.create(body.toString(), JSON)).build();
        Exchange exchange = execute(request, deadline);
        if (exchange.failure().isPresent()) {
            GatewayReply.Failed f = exchange.failure().get();
            return Login.failed(f.reason(), "login: " + f.detail(), f.retryable());
        }
        Optional<JsonNode> json = GatewayJson.object(mapper, exchange.body());
        if (json.isEmpty()) {
            if (exchange.status() == 401 || exchange.status() == 403) {
                return Login.failed(Reason.LOGIN_FAILED, "login: HTTP " + exchange.status(), false);
            }
            return Login.failed(Reason.BAD_RESPONSE, "login: HTTP " + exchange.status() + ", "
                    + (GatewayJson.looksLikeHtml(exchange.body()) ? "HTML page" : "unreadable body"),
                    exchange.status() >= 500);
        }
        Optional<String> code = GatewayJson.resultCode(json.get());
        if (code.isPresent() && !code.get().equals("200")) {
            boolean serverTrouble = ResultCodes.classify(code.get()).retryable();
            return Login.failed(serverTrouble ? Reason.BAD_RESPONSE : Reason.LOGIN_FAILED,
                    "login: maKetQua " + code.get(), serverTrouble);
        }
        JsonNode key = json.get().get("APIKey");
        if (key == null || !key.isObject()) {
            return Login.failed(Reason.LOGIN_FAILED, "login: no APIKey in the answer", false);
        }
        Optional<String> accessToken = GatewayJson.text(key, "access_token");
        if (accessToken.isEmpty()) {
            return Login.failed(Reason.LOGIN_FAILED, "login: no access_token in the answer", false);
        }
        Instant now = clock.instant();
        Instant expiresAt = TokenExpiry.parse(key.get("expires_in"), now);
        Token t = new Token(accessToken.get(), GatewayJson.text(key, "id_token").orElse(""),
                GatewayJson.text(key, "username").orElse(credentials.username()),
                expiresAt.minus(RENEW_BEFORE_EXPIRY));
        LOG.info("BHXH gateway login as {} ok, token expires {}", credentials.username(), expiresAt);
        return Login.of(t);
    }

    /** {@code path} with the token, id_token, username and password hash in the query string, as the gateway wants. */
    private HttpUrl signed(String path, Token t) {
        return base.newBuilder().addPathSegments(path)
                .addQueryParameter("token", t.accessToken())
                .addQueryParameter("id_token", t.idToken())
                .addQueryParameter("username", t.username())
                .addQueryParameter("password", credentials.passwordMd5())
                .build();
    }

    private GatewayReply post(Token t, LookupRequest request, Instant deadline) {
        HttpUrl url = signed(LOOKUP_PATH, t);
        ObjectNode body = mapper.createObjectNode()
                .put("maThe", request.cardKey())
                .put("hoTen", request.fullName().orElse(""))
                .put("ngaySinh", request.dateOfBirth().map(d -> d.toGatewayFormat()).orElse(""))
                .put("hoTenCb", credentials.staffName())
                .put("cccdCb", credentials.staffCccd());
        Request httpRequest = new Request.Builder().url(url).post(RequestBody.create(body.toString(), JSON)).build();
        Exchange exchange = execute(httpRequest, deadline);
        if (exchange.failure().isPresent()) {
            return exchange.failure().get();
        }
        GatewayReply reply = GatewayJson.lookupReply(mapper, exchange.status(), exchange.contentType(),
                exchange.body());
        LOG.debug("BHXH lookup {}: HTTP {} -> {}", Masking.number(request.cardKey()), exchange.status(),
                reply instanceof GatewayReply.Coded c ? c.code() : ((GatewayReply.Failed) reply).detail());
        return reply;
    }

    private VisitHistoryResult postHistory(Token t, LookupRequest request, Instant deadline) {
        HttpUrl url = signed(HISTORY_PATH, t);
        FormBody body = new FormBody.Builder()
                .add("maThe", request.cardKey())
                .add("hoTen", request.fullName().orElse(""))
                .add("ngaySinh", request.dateOfBirth().map(d -> d.toGatewayFormat()).orElse(""))
                .add("hoTenCb", credentials.staffName())
                .add("cccdCb", credentials.staffCccd())
                .build();
        Exchange exchange = execute(historyHttp, new Request.Builder().url(url).post(body).build(), deadline);
        if (exchange.failure().isPresent()) {
            GatewayReply.Failed f = exchange.failure().get();
            return new VisitHistoryResult.Failed(f.reason(), f.detail(), f.retryable());
        }
        VisitHistoryResult result = GatewayJson.historyReply(mapper, exchange.status(), exchange.contentType(),
                exchange.body());
        LOG.debug("BHXH history {}: HTTP {} -> {}", Masking.number(request.cardKey()), exchange.status(),
                result instanceof VisitHistoryResult.Answered a ? a.code() + ", " + a.visits().size() + " visit(s)"
                        : ((VisitHistoryResult.Failed) result).detail());
        return result;
    }

    /** Runs one HTTP call with a timeout of the time left before {@code deadline}. */
    private Exchange execute(Request request, Instant deadline) {
        return execute(http, request, deadline);
    }

    /** Runs one HTTP call on {@code client} with a timeout of the time left before {@code deadline}. */
    private Exchange execute(OkHttpClient client, Request request, Instant deadline) {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        if (millis <= 0) {
            return failed(Reason.TIMEOUT, "no time left", false);
        }
        Call call = client.newCall(request);
        call.timeout().timeout(pace.realMillis(millis), TimeUnit.MILLISECONDS);
        try (Response response = call.execute()) {
            ResponseBody body = response.body();
            byte[] bytes = body == null ? new byte[0] : body.bytes();
            return new Exchange(response.code(), response.header("Content-Type", ""), bytes, Optional.empty());
        } catch (InterruptedIOException e) {
            return failed(Reason.TIMEOUT, "no answer within " + millis + " ms", false);
        } catch (IOException e) {
            return failed(Reason.UNREACHABLE, describe(e), true);
        }
    }

    private static Exchange failed(Reason reason, String detail, boolean retryable) {
        return new Exchange(0, "", new byte[0], Optional.of(new GatewayReply.Failed(reason, detail, retryable)));
    }

    /** An exception as a detail that carries no URL (query strings hold the token and password hash). */
    static String describe(IOException e) {
        String message = Optional.ofNullable(e.getMessage()).orElse("")
                .replaceAll("https?://\\S+", "<url>")
                .replaceAll("\\?\\S*", "");
        return e.getClass().getSimpleName() + (message.isBlank() ? "" : ": " + Masking.numbersIn(message));
    }
}
