package vn.tiepdon.bhxhsim;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.javalin.Javalin;
import io.javalin.http.Context;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.privacy.Masking;

/**
 * A stand-alone simulator of the BHXH gateway protocol (see the reference bhxh-gateway.md):
 * <ul>
 * <li>{@code POST /api/token/take} with JSON or form {@code username}/{@code password} (MD5 hex,
 * either case) gives a token that lives {@link SimSettings#tokenTtl()} by the injected clock;</li>
 * <li>{@code POST /api/egw/KQNhanLichSuKCB2024?token=&id_token=&username=&password=} answers the
 * card check with every result code the population calls for ({@link CardCheck});</li>
 * <li>{@code GET}/{@code POST /admin/faults} read and change the injected faults at runtime.</li>
 * </ul>
 * With {@link SimSettings#callerIps()} set, a token is only given to those IPs and only accepted
 * from the IP that took it; otherwise the lookup is refused like an expired token (HTTP 401).
 * The registered staff can be changed at runtime ({@link #setStaff}), e.g. to show code 054.
 * Delayed and held answers do not block server threads; {@link #close()} ends them at once.
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
    private static final byte[] MALFORMED_BODY = "{\"maKetQua\":\"000\",\"ghiChu\":\"Thẻ còn giá trị sử dụng"
            .getBytes(StandardCharsets.UTF_8);

    private final SimSettings settings;
    private final Clock clock;
    private final ObjectMapper mapper = new ObjectMapper();
    private final TokenStore tokens;
    private final FaultInjector faults;
    private final CardCheck cardCheck;
    private final CardReply cardReply;
    private final ScheduledExecutorService scheduler;
    private final Set<CompletableFuture<Void>> held = ConcurrentHashMap.newKeySet();
    private final AtomicLong tokenRequests = new AtomicLong();
    private final AtomicLong lookupRequests = new AtomicLong();
    private static final String STARTED = "tiepdon.sim.started";
    private static final int HANDLING_KEPT = 100_000;
    private final java.util.concurrent.ConcurrentLinkedQueue<Long> handling = new java.util.concurrent.ConcurrentLinkedQueue<>();
    private Javalin app;

    public BhxhSimulator(SimSettings settings, Population population, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        Objects.requireNonNull(population, "population");
        this.tokens = new TokenStore(clock, settings.tokenTtl(), settings.seed() ^ 0x5DEECE66DL);
        this.faults = new FaultInjector(settings.faults(), settings.seed());
        this.cardCheck = new CardCheck(population, settings.staff());
        this.cardReply = new CardReply(clock, new CheckHistory());
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bhxh-sim-delays");
            t.setDaemon(true);
            return t;
        });
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
        });
        javalin.post("/api/token/take", this::takeToken);
        javalin.post("/api/egw/KQNhanLichSuKCB2024", this::lookUp);
        javalin.get("/admin/faults", ctx -> send(ctx, 200, JSON, mapper.writeValueAsBytes(faults.faults())));
        javalin.post("/admin/faults", this::changeFaults);
        javalin.exception(Exception.class, (e, ctx) -> {
            if (e instanceof SimulatorClosed) {
                LOG.debug("BHXH simulator closed with a held lookup");
            } else {
                LOG.warn("BHXH simulator failed a request: {}", e.getClass().getSimpleName());
            }
            ctx.status(500).contentType(JSON).result("{\"maKetQua\":\"500\"}");
        });
        javalin.start(settings.host(), port);
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

    /** Requests received at {@code /api/token/take}. */
    public long tokenRequests() {
        return tokenRequests.get();
    }

    /** Requests received at {@code /api/egw/KQNhanLichSuKCB2024}. */
    public long lookupRequests() {
        return lookupRequests.get();
    }

    /** Stops the server; held and delayed answers end at once with HTTP 500. */
    @Override
    public synchronized void close() {
        scheduler.shutdownNow();
        held.forEach(f -> f.completeExceptionally(new SimulatorClosed()));
        if (app != null) {
            app.stop();
            app = null;
        }
    }

    private void takeToken(Context ctx) {
        tokenRequests.incrementAndGet();
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
        ctx.attribute(STARTED, System.nanoTime());
        FaultInjector.Decision decision = faults.next();
        switch (decision.kind()) {
            case ERROR -> {
                respond(ctx, decision.delayMillis(), 502, "text/html", BAD_GATEWAY_PAGE);
                return;
            }
            case MALFORMED -> {
                respond(ctx, decision.delayMillis(), 200, JSON, MALFORMED_BODY);
                return;
            }
            default -> {
            }
        }
        String user = ctx.queryParam("username");
        if (!authorized(ctx, user)) {
            respond(ctx, decision.delayMillis(), 401, JSON, mapper.writeValueAsBytes(Map.of("maKetQua", "401")));
            return;
        }
        Optional<CardCheck.LookupBody> body = readJson(ctx.bodyAsBytes())
                .filter(JsonNode::isObject)
                .map(n -> new CardCheck.LookupBody(text(n, "maThe"), text(n, "hoTen"), text(n, "ngaySinh"),
                        text(n, "hoTenCb"), text(n, "cccdCb")));
        Map<String, Object> answer;
        long delay = decision.delayMillis();
        if (body.isEmpty()) {
            answer = CardReply.bare("205", GatewayTexts.of("205"));
        } else {
            CardCheck.Verdict verdict = cardCheck.check(body.get());
            answer = cardReply.answer(verdict, user);
            if (verdict.hangs()) {
                delay += settings.hangMillis();
            }
            LOG.debug("BHXH simulator lookup {} -> {}", Masking.number(body.get().maThe()), verdict.code());
        }
        if (decision.kind() == FaultInjector.Kind.HANG) {
            delay += settings.hangMillis();
        }
        respond(ctx, delay, 200, JSON, mapper.writeValueAsBytes(answer));
    }

    private void changeFaults(Context ctx) {
        SimSettings.Faults value;
        try {
            value = mapper.readValue(ctx.bodyAsBytes(), SimSettings.Faults.class);
        } catch (IOException | IllegalArgumentException e) {
            String reason = Optional.ofNullable(rootCause(e).getMessage()).orElse("invalid faults");
            sendJson(ctx, 400, Map.of("error", reason));
            return;
        }
        setFaults(value);
        sendJson(ctx, 200, value);
    }

    private boolean authorized(Context ctx, String user) {
        String password = ctx.queryParam("password");
        return tokens.accepts(ctx.queryParam("token"), ctx.queryParam("id_token"), user, ctx.ip(),
                !settings.callerIps().isEmpty())
                && password != null
                && settings.accounts().stream().anyMatch(a -> a.username().equalsIgnoreCase(user)
                && Md5.hex(a.password()).equalsIgnoreCase(password.trim()));
    }

    /** Answers now, or after {@code delayMillis} without holding a server thread. */
    private void respond(Context ctx, long delayMillis, int status, String type, byte[] body) {
        if (delayMillis <= 0) {
            send(ctx, status, type, body);
            return;
        }
        ctx.future(() -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            held.add(done);
            done.whenComplete((ok, error) -> held.remove(done));
            try {
                scheduler.schedule(() -> {
                    send(ctx, status, type, body);
                    done.complete(null);
                }, delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                done.completeExceptionally(e);
            }
            return done;
        });
    }

    private void send(Context ctx, int status, String type, byte[] body) {
        ctx.status(status).contentType(type).result(body);
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            handling.add((System.nanoTime() - started) / 1_000);
            while (handling.size() > HANDLING_KEPT) {
                handling.poll();
            }
        }
    }

    /**
     * The simulator's own time for each lookup answered since the last call, in microseconds and
     * in answer order: from the handler's start to the answer, including injected latency. A
     * benchmark subtracts it to find the caller's own overhead.
     */
    public List<Long> drainHandlingMicros() {
        List<Long> out = new ArrayList<>();
        Long v;
        while ((v = handling.poll()) != null) {
            out.add(v);
        }
        return out;
    }

    private void sendJson(Context ctx, int status, Object value) {
        try {
            send(ctx, status, JSON, mapper.writeValueAsBytes(value));
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

    private static Throwable rootCause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return t;
    }

    /** Ends held lookups when the simulator closes. */
    private static final class SimulatorClosed extends RuntimeException {
        SimulatorClosed() {
            super("simulator closed", null, false, false);
        }
    }
}
