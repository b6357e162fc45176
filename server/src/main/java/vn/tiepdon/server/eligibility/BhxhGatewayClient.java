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
import okhttp3.Call;
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
 * OkHttp client of the BHXH gateway card check ({@code KQNhanLichSuKCB2024}). Takes a token at
 * {@code /api/token/take} and keeps it until 60 s before it expires; on HTTP 401 or
 * {@code maKetQua} 401 it logs in again once and repeats the lookup. Every request ends by the
 * deadline it is given. Thread-safe. Never logs credentials, tokens or unmasked personal data.
 */
public final class BhxhGatewayClient {

    static final String TOKEN_PATH = "api/token/take";
    static final String LOOKUP_PATH = "api/egw/KQNhanLichSuKCB2024";
    private static final Duration RENEW_BEFORE_EXPIRY = Duration.ofSeconds(60);
    private static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
    private static final Logger LOG = LoggerFactory.getLogger(BhxhGatewayClient.class);

    private final OkHttpClient http;
    private final GatewayCredentials credentials;
    private final Clock clock;
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
        this.http = Objects.requireNonNull(http, "http").newBuilder().retryOnConnectionFailure(false).build();
        this.credentials = Objects.requireNonNull(credentials, "credentials");
        this.clock = Objects.requireNonNull(clock, "clock");
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
        Login login = currentToken(deadline, Optional.empty());
        if (login.failure().isPresent()) {
            return login.failure().get();
        }
        Token used = login.token().orElseThrow();
        GatewayReply reply = post(used, request, deadline);
        if (isUnauthorized(reply)) {
            LOG.info("BHXH gateway refused the token, logging in again");
            login = currentToken(deadline, Optional.of(used));
            if (login.failure().isPresent()) {
                return login.failure().get();
            }
            reply = post(login.token().orElseThrow(), request, deadline);
        }
        return reply;
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

    /** The cached token, or a new one when it is due for renewal or equals {@code refused}. */
    private Login currentToken(Instant deadline, Optional<Token> refused) {
        Token cached = token;
        if (usable(cached, refused)) {
            return Login.of(cached);
        }
        try {
            long waitMillis = Duration.between(clock.instant(), deadline).toMillis();
            if (waitMillis <= 0 || !loginLock.tryLock(waitMillis, TimeUnit.MILLISECONDS)) {
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

    private GatewayReply post(Token t, LookupRequest request, Instant deadline) {
        HttpUrl url = base.newBuilder().addPathSegments(LOOKUP_PATH)
                .addQueryParameter("token", t.accessToken())
                .addQueryParameter("id_token", t.idToken())
                .addQueryParameter("username", t.username())
                .addQueryParameter("password", credentials.passwordMd5())
                .build();
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

    /** Runs one HTTP call with a timeout of the time left before {@code deadline}. */
    private Exchange execute(Request request, Instant deadline) {
        long millis = Duration.between(clock.instant(), deadline).toMillis();
        if (millis <= 0) {
            return failed(Reason.TIMEOUT, "no time left", false);
        }
        Call call = http.newCall(request);
        call.timeout().timeout(millis, TimeUnit.MILLISECONDS);
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
