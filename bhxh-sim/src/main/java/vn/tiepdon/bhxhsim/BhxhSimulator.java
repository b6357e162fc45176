package vn.tiepdon.bhxhsim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.util.ConcurrencyUtil;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.privacy.Masking;

/**
 * A stand-alone simulator of the BHXH gateway protocol (see the reference bhxh-gateway.md):
 * <ul>
 * <li>{@code POST /api/token/take} with JSON or form {@code username}/{@code password} (MD5 hex,
 * either case) gives a token that lives {@link SimSettings#tokenTtl()} by the injected clock;</li>
 * <li>{@code POST /api/egw/KQNhanLichSuKCB2024?token=&id_token=&username=&password=} answers the
 * card check with every result code the population calls for ({@link CardCheck}); as in 2026,
 * {@code dsLichSuKCB2018} is always {@code null} and {@code dsLichSuKT2018} shows earlier checks,
 * including the population's checks by other facilities ({@link SimHistory});</li>
 * <li>{@code POST /api/egw/Lskcb2025?token=&id_token=&username=[&password=]} with a form-encoded
 * body ({@code maThe}, {@code hoTen}, {@code ngaySinh}, {@code hoTenCb}, {@code cccdCb}) answers the
 * visit history: {@code {"maKetQua":"000","ghiChu":null,"dsLichSuKCB2025":[…] or null}}, or the card
 * check's error codes with {@code dsLichSuKCB2025} null. <b>A body that is not form-encoded</b>
 * (e.g. JSON, which one vendor reports the real gateway refuses without saying why) <b>gets HTTP
 * 400</b> with {@code {"maKetQua":"205","ghiChu":…,"dsLichSuKCB2025":null}}: a client that sends
 * JSON fails loudly, whether it reads the status or the code;</li>
 * <li>admin, never faulted, quota-free or down: {@code GET}/{@code POST /admin/faults},
 * {@code /admin/quota} and {@code /admin/down}; {@code GET /admin/accounts} and
 * {@code POST /admin/accounts/reset}; {@code GET /admin/counters} (see {@link SimAdmin}).</li>
 * </ul>
 * With {@link SimSettings#callerIps()} set, a token is only given to those IPs and only accepted
 * from the IP that took it; otherwise the lookup is refused like an expired token (HTTP 401).
 * The registered staff can be changed at runtime ({@link #setStaff}), e.g. to show code 054.
 *
 * <p><b>Quota</b> ({@link SimSettings.Quota}, unlimited by default): each authenticated lookup of
 * either endpoint counts against its account; an account over its quota gets, for every lookup until
 * the restriction ends, HTTP 500 {@code {"maKetQua":"500","ghiChu":"Có lỗi xảy ra trong quá trình tra
 * cứu!"}}. An injected system error ({@link SimSettings.Faults#systemErrorRate()}, or the simulator's
 * own failure) is HTTP 500 with {@code ghiChu} {@value GatewayTexts#SYSTEM_ERROR} instead.
 *
 * <p><b>Outage</b> ({@link #setDown}): every token, card-check and history request is counted (an
 * authenticated lookup against its account's quota too) and then held with no answer, not a byte,
 * until the client gives up; when the outage ends (or the simulator closes) the held connections are
 * closed, still without an answer.
 *
 * <p>Delayed and held answers do not block server threads (Jetty's pool has {@value #MAX_THREADS}
 * threads besides), and connections stay open {@value #IDLE_TIMEOUT_MILLIS} ms, longer than any
 * injected wait; {@link #close()} ends them at once.
 *
 * <p>An empty {@code hoTen} or {@code ngaySinh} is not checked: the real gateway's answer to an
 * empty name is undocumented, and the kiosk sends an empty name when a patient only typed a number.
 */
public final class BhxhSimulator implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(BhxhSimulator.class);
    private static final String JSON = "application/json; charset=utf-8";
    private static final byte[] BAD_GATEWAY_PAGE = ("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n"
            + "<body>\r\n<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n"
            + "</html>\r\n").getBytes(StandardCharsets.UTF_8);
    /** Jetty's worker threads at most. */
    public static final int MAX_THREADS = 256;
    /** How long a connection may stay silent: beyond any latency, hang or outage a test injects. */
    public static final long IDLE_TIMEOUT_MILLIS = 15 * 60_000L;
    private static final byte[] MALFORMED_BODY = "{\"maKetQua\":\"000\",\"ghiChu\":\"Thẻ còn giá trị sử dụng"
            .getBytes(StandardCharsets.UTF_8);

    private static final byte[] RESTRICTED_BODY = ("{\"maKetQua\":\"500\",\"ghiChu\":\"" + GatewayTexts.RESTRICTED
            + "\"}").getBytes(StandardCharsets.UTF_8);
    private static final byte[] SYSTEM_ERROR_BODY = ("{\"maKetQua\":\"500\",\"ghiChu\":\""
            + GatewayTexts.SYSTEM_ERROR + "\"}").getBytes(StandardCharsets.UTF_8);

    private final SimSettings settings;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private final TokenStore tokens;
    private final FaultInjector faults;
    private final CardCheck cardCheck;
    private final CardReply cardReply;
    private final HistoryReply historyReply;
    private final AccountQuota quota;
    private final Answering answering = new Answering();
    private volatile boolean down;
    private final AtomicLong tokenRequests = new AtomicLong();
    private final AtomicLong lookupRequests = new AtomicLong();
    private final AtomicLong historyRequests = new AtomicLong();
    private final AtomicLong restrictedReplies = new AtomicLong();
    private Javalin app;

    public BhxhSimulator(SimSettings settings, Population population, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(population, "population");
        this.tokens = new TokenStore(clock, settings.tokenTtl(), settings.seed() ^ 0x5DEECE66DL);
        this.faults = new FaultInjector(settings.faults(), settings.seed());
        this.cardCheck = new CardCheck(population, settings.staff());
        CheckHistory checks = new CheckHistory();
        this.historyReply = new HistoryReply(population, clock);
        historyReply.recordChecksElsewhere(checks);
        this.cardReply = new CardReply(clock, checks);
        this.quota = new AccountQuota(clock, settings.quota());
        this.down = settings.down();
    }

    /**
     * Starts listening on {@link SimSettings#host()}.
     *
     * @param port the port, or 0 for any free port (see {@link #port()})
     */
    public synchronized BhxhSimulator start(int port) {
        if (app != null) {
            throw new IllegalStateException("already started");
        }
        Javalin javalin = Javalin.create(config -> {
            config.showJavalinBanner = false;
            config.startupWatcherEnabled = false;
            config.http.asyncTimeout = 0;
            config.jetty.defaultHost = settings.host();
            config.jetty.threadPool = ConcurrencyUtil.jettyThreadPool("bhxh-sim", 8, MAX_THREADS, false);
        });
        javalin.post("/api/token/take", this::takeToken);
        javalin.post("/api/egw/KQNhanLichSuKCB2024", this::lookUp);
        javalin.post("/api/egw/Lskcb2025", this::lookUpHistory);
        new SimAdmin(this, mapper).addRoutes(javalin);
        javalin.exception(Exception.class, (e, ctx) -> {
            if (e instanceof Answering.SimulatorClosed) {
                LOG.debug("BHXH simulator closed with a held lookup");
            } else {
                LOG.warn("BHXH simulator failed a request: {}", e.getClass().getSimpleName());
            }
            answering.finish(ctx);
            ctx.status(500).contentType(JSON).result(SYSTEM_ERROR_BODY);
        });
        javalin.start(settings.host(), port);
        for (Connector connector : javalin.jettyServer().server().getConnectors()) {
            if (connector instanceof AbstractConnector c) {
                c.setIdleTimeout(IDLE_TIMEOUT_MILLIS);
            }
        }
        app = javalin;
        LOG.info("BHXH simulator listening on {}", baseUrl());
        return this;
    }

    /** The port listened on. */
    public synchronized int port() {
        if (app == null) {
            throw new IllegalStateException("not started");
        }
        return app.port();
    }

    /** {@code http://host:port}, the gateway base URL for clients (loopback when bound to all interfaces). */
    public String baseUrl() {
        String host = settings.host();
        if (host.equals("0.0.0.0") || host.equals("::")) {
            host = "127.0.0.1";
        } else if (host.contains(":")) {
            host = "[" + host + "]";
        }
        return "http://" + host + ":" + port();
    }

    /** The faults in force now. */
    public SimSettings.Faults faults() {
        return faults.faults();
    }

    /** Changes the faults for the following lookups (as {@code POST /admin/faults} does). */
    public void setFaults(SimSettings.Faults value) {
        faults.set(value);
        LOG.info("BHXH simulator faults now {}", value);
    }

    /** The staff registered for lookups now. */
    public List<SimSettings.Staff> staff() {
        return cardCheck.staff();
    }

    /** Changes the registered staff for the following lookups (an unregistered CCCD gets 054). */
    public void setStaff(List<SimSettings.Staff> value) {
        cardCheck.setStaff(value);
        LOG.info("BHXH simulator staff now {}", value);
    }

    /** Requests received at {@code /api/token/take} (also while down). */
    public long tokenRequests() {
        return tokenRequests.get();
    }

    /** Requests received at {@code /api/egw/KQNhanLichSuKCB2024} (all of them: faulted, refused, down). */
    public long lookupRequests() {
        return lookupRequests.get();
    }

    /** Requests received at {@code /api/egw/Lskcb2025} (all of them: faulted, refused, down). */
    public long historyRequests() {
        return historyRequests.get();
    }

    /** Restricted-account replies sent (HTTP 500 "Có lỗi xảy ra trong quá trình tra cứu!"). */
    public long restrictedReplies() {
        return restrictedReplies.get();
    }

    /** Gateway requests (token, card check, history) received and not yet answered or dropped. */
    public int inFlight() {
        return answering.inFlight();
    }

    /** The most gateway requests in flight at once since the start (see {@link #inFlight()}). */
    public int peakInFlight() {
        return answering.peakInFlight();
    }

    /** The lookup quota in force now. */
    public SimSettings.Quota quota() {
        return quota.quota();
    }

    /** Changes the quota for the following lookups (counts and restrictions so far stay). */
    public void setQuota(SimSettings.Quota value) {
        quota.set(value);
        LOG.info("BHXH simulator quota now {}", value);
    }

    /** Lookups of {@code username} counted since the start, restricted or not (0 for an unknown account). */
    public long requestsOf(String username) {
        return quota.usage(username).requestsTotal();
    }

    /** The counts and restriction of {@code username} now. */
    public AccountUsage usageOf(String username) {
        return quota.usage(username);
    }

    /** {@link #usageOf} of every configured account, in the configured order. */
    public List<AccountUsage> accounts() {
        return settings.accounts().stream().map(a -> quota.usage(a.username())).toList();
    }

    /** True when every lookup of {@code username} gets the restricted-account reply now. */
    public boolean restricted(String username) {
        return quota.usage(username).restricted();
    }

    /** Lifts every restriction and clears this minute's and today's counts (as an admin would). */
    public void resetRestrictions() {
        quota.reset();
        LOG.info("BHXH simulator restrictions reset");
    }

    /** True during an outage ({@link #setDown}). */
    public boolean down() {
        return down;
    }

    /**
     * Starts or ends an outage: while down, every gateway request is counted and held with no
     * answer; ending it closes the held connections without an answer.
     */
    public void setDown(boolean value) {
        down = value;
        LOG.info("BHXH simulator {}", value ? "down: requests hang with no answer" : "up");
        if (!value) {
            answering.dropHeldByOutage();
        }
    }

    /** Stops the server; held and delayed answers end at once with HTTP 500, outage-held ones with none. */
    @Override
    public synchronized void close() {
        answering.close();
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void takeToken(Context ctx) {
        tokenRequests.incrementAndGet();
        answering.begin(ctx);
        if (down) {
            answering.holdWithoutAnswer(ctx, () -> down);
            return;
        }
        String username;
        String password;
        if (Optional.ofNullable(ctx.contentType()).orElse("").startsWith("application/x-www-form-urlencoded")) {
            username = ctx.formParam("username");
            password = ctx.formParam("password");
        } else {
            Optional<JsonNode> body = readJson(ctx.bodyAsBytes());
            username = body.map(n -> text(n, "username")).orElse(null);
            password = body.map(n -> text(n, "password")).orElse(null);
        }
        if (!settings.callerIps().isEmpty() && !settings.callerIps().contains(ctx.ip())) {
            LOG.info("BHXH simulator refused a token to unregistered IP {}", ctx.ip());
            sendJson(ctx, 200, Map.of("maKetQua", "401"));
            return;
        }
        Optional<SimSettings.Account> account = settings.accounts().stream()
                .filter(a -> a.username().equalsIgnoreCase(Optional.ofNullable(username).orElse("").trim()))
                .filter(a -> password != null && Md5.hex(a.password()).equalsIgnoreCase(password.trim()))
                .findFirst();
        if (account.isEmpty()) {
            LOG.info("BHXH simulator refused a token for {}", Optional.ofNullable(username).orElse("(none)"));
            sendJson(ctx, 200, Map.of("maKetQua", "401"));
            return;
        }
        TokenStore.Session session = tokens.issue(account.get().username(), ctx.ip());
        Map<String, Object> key = new LinkedHashMap<>();
        key.put("access_token", session.accessToken());
        key.put("id_token", session.idToken());
        key.put("token_type", "Bearer");
        key.put("username", session.username());
        key.put("expires_in", OffsetDateTime.ofInstant(session.expiresAt().truncatedTo(ChronoUnit.SECONDS),
                CardReply.VIETNAM).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("maKetQua", "200");
        out.put("APIKey", key);
        sendJson(ctx, 200, out);
    }

    private void lookUp(Context ctx) throws JsonProcessingException {
        lookupRequests.incrementAndGet();
        answering.timeHandling(ctx);
        serve(ctx, false);
    }

    private void lookUpHistory(Context ctx) throws JsonProcessingException {
        historyRequests.incrementAndGet();
        serve(ctx, true);
    }

    /** Serves a card check or ({@code history}) a history lookup. */
    private void serve(Context ctx, boolean history) throws JsonProcessingException {
        answering.begin(ctx);
        Optional<String> account = authorized(ctx, history);
        if (down) {
            account.ifPresent(quota::admit);
            answering.holdWithoutAnswer(ctx, () -> down);
            return;
        }
        FaultInjector.Decision decision = faults.next();
        long delay = decision.delayMillis();
        switch (decision.kind()) {
            case ERROR -> {
                answering.respond(ctx, delay, 502, "text/html", BAD_GATEWAY_PAGE);
                return;
            }
            case MALFORMED -> {
                answering.respond(ctx, delay, 200, JSON, MALFORMED_BODY);
                return;
            }
            default -> {
            }
        }
        if (account.isEmpty()) {
            answering.respond(ctx, delay, 401, JSON, mapper.writeValueAsBytes(Map.of("maKetQua", "401")));
            return;
        }
        AccountQuota.Admission admission = quota.admit(account.get());
        if (!admission.allowed()) {
            restrictedReplies.incrementAndGet();
            if (admission == AccountQuota.Admission.RESTRICTED_NOW) {
                LOG.info("BHXH simulator restricted account {} until {}", account.get(),
                        quota.usage(account.get()).restrictedUntil().map(Object::toString).orElse("?"));
            }
            answering.respond(ctx, delay, 500, JSON, RESTRICTED_BODY);
            return;
        }
        if (decision.kind() == FaultInjector.Kind.SYSTEM_ERROR) {
            answering.respond(ctx, delay, 500, JSON, SYSTEM_ERROR_BODY);
            return;
        }
        Map<String, Object> answer;
        if (history && !isForm(ctx)) {
            // A JSON (or any non-form) body: HTTP 400 with code 205, see the class comment.
            answer = HistoryReply.bare("205", "Lỗi sai định dạng tham số: dữ liệu gửi lên phải là "
                    + "application/x-www-form-urlencoded.");
            answering.respond(ctx, delay, 400, JSON, mapper.writeValueAsBytes(answer));
            return;
        }
        Optional<CardCheck.LookupBody> body = history ? Optional.of(formBody(ctx)) : jsonBody(ctx);
        if (body.isEmpty()) {
            answer = CardReply.bare("205", GatewayTexts.of("205"));
        } else {
            CardCheck.Verdict verdict = history ? cardCheck.checkForHistory(body.get()) : cardCheck.check(body.get());
            answer = history ? historyReply.answer(verdict) : cardReply.answer(verdict, account.get());
            if (verdict.hangs()) {
                delay += settings.hangMillis();
            }
            LOG.debug("BHXH simulator {} {} -> {}", history ? "history" : "lookup",
                    Masking.number(body.get().maThe()), verdict.code());
        }
        if (decision.kind() == FaultInjector.Kind.HANG) {
            delay += settings.hangMillis();
        }
        answering.respond(ctx, delay, 200, JSON, mapper.writeValueAsBytes(answer));
    }

    private Optional<CardCheck.LookupBody> jsonBody(Context ctx) {
        return readJson(ctx.bodyAsBytes())
                .filter(JsonNode::isObject)
                .map(n -> new CardCheck.LookupBody(text(n, "maThe"), text(n, "hoTen"), text(n, "ngaySinh"),
                        text(n, "hoTenCb"), text(n, "cccdCb")));
    }

    private static CardCheck.LookupBody formBody(Context ctx) {
        return new CardCheck.LookupBody(ctx.formParam("maThe"), ctx.formParam("hoTen"), ctx.formParam("ngaySinh"),
                ctx.formParam("hoTenCb"), ctx.formParam("cccdCb"));
    }

    private static boolean isForm(Context ctx) {
        return Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT)
                .startsWith("application/x-www-form-urlencoded");
    }

    /**
     * The account of a lookup whose query string carries a valid token, id token and username (from
     * the IP that took the token when caller IPs are set) and the account's password MD5; for the
     * history endpoint ({@code optionalPassword}) the password may be left out, as the 2026 notes
     * list only token, id_token and username, but when sent it must be right.
     */
    private Optional<String> authorized(Context ctx, boolean optionalPassword) {
        String user = ctx.queryParam("username");
        String password = ctx.queryParam("password");
        if (!tokens.accepts(ctx.queryParam("token"), ctx.queryParam("id_token"), user, ctx.ip(),
                !settings.callerIps().isEmpty())) {
            return Optional.empty();
        }
        if (password == null && !optionalPassword) {
            return Optional.empty();
        }
        return settings.accounts().stream()
                .filter(a -> a.username().equalsIgnoreCase(user))
                .filter(a -> password == null || Md5.hex(a.password()).equalsIgnoreCase(password.trim()))
                .map(SimSettings.Account::username)
                .findFirst();
    }

    /**
     * The simulator's own time for each lookup answered since the last call, in microseconds and
     * in answer order: from the handler's start to the answer, including injected latency. A
     * benchmark subtracts it to find the caller's own overhead.
     */
    public List<Long> drainHandlingMicros() {
        return answering.drainHandlingMicros();
    }

    void sendJson(Context ctx, int status, Object value) {
        try {
            answering.send(ctx, status, JSON, mapper.writeValueAsBytes(value));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    private Optional<JsonNode> readJson(byte[] bytes) {
        try {
            return Optional.ofNullable(mapper.readTree(bytes)).filter(n -> !n.isMissingNode());
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }
}
