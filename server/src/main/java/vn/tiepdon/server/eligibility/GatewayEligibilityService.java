package vn.tiepdon.server.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.eligibility.CardPrecheck;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.ResultCodeMeaning;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.privacy.Masking;

/**
 * The BHYT check against the BHXH gateway, answered within a time budget whatever the gateway
 * does. Each HTTP call gets the time left in the budget (less a small margin for building the
 * outcome); a fast failure that may pass on a second try (codes 100/101/500, network errors, HTTP
 * 5xx) is tried once more after a short pause when enough budget is left. Replies become
 * {@link LookupOutcome.Answered} through {@link ResultCodes}; no reply becomes
 * {@link LookupOutcome.NoAnswer}. {@link LookupOutcome#attempts()} counts those tries (a re-login
 * and repeat after a refused token is part of the same try).
 *
 * <p>A {@link GatewayBreaker} stands in front of the gateway: while it is open, lookups are not
 * sent and come back at once as {@link LookupOutcome.NoAnswer} with reason {@code NOT_SENT}.
 */
public final class GatewayEligibilityService implements EligibilityService {

    private static final Logger LOG = LoggerFactory.getLogger(GatewayEligibilityService.class);
    static final Duration BACKOFF = Duration.ofMillis(200);
    /** A second try is only made when at least this much budget is left after the pause. */
    static final Duration MIN_TRY = Duration.ofMillis(300);
    private static final Duration MAX_MARGIN = Duration.ofMillis(100);

    static final String BREAKER_OPEN = "circuit breaker open after repeated gateway failures";

    private final BhxhGatewayClient client;
    private final Duration budget;
    private final GatewayBreaker breaker;
    private final GatewayGuard guard;
    private final Clock clock;
    private final Pace pace;
    private final ExecutorService calls = Executors.newCachedThreadPool(r -> {
        Thread t = new Thread(r, "bhxh-lookup");
        t.setDaemon(true);
        return t;
    });

    /** A service with the default breaker ({@link GatewayBreaker.Settings#defaults()}). */
    public GatewayEligibilityService(BhxhGatewayClient client, Duration budget, Clock clock) {
        this(client, budget, new GatewayBreaker(GatewayBreaker.Settings.defaults(), clock), clock);
    }

    /** A service with no request budget and no answer reuse ({@link GatewayGuard.Settings#permissive()}). */
    public GatewayEligibilityService(BhxhGatewayClient client, Duration budget, GatewayBreaker breaker,
                                     Clock clock) {
        this(client, budget, breaker, new GatewayGuard(GatewayGuard.Settings.permissive(), clock), clock);
    }

    public GatewayEligibilityService(BhxhGatewayClient client, Duration budget, GatewayBreaker breaker,
                                     GatewayGuard guard, Clock clock) {
        this(client, budget, breaker, guard, clock, Pace.REAL);
    }

    /**
     * As above, waiting {@code pace}'s real time for the clock's time (the worker's answer, the pause
     * before a second try): {@link Pace#REAL} but in a benchmark whose clock runs faster.
     */
    public GatewayEligibilityService(BhxhGatewayClient client, Duration budget, GatewayBreaker breaker,
                                     GatewayGuard guard, Clock clock, Pace pace) {
        this.pace = Objects.requireNonNull(pace, "pace");
        this.client = Objects.requireNonNull(client, "client");
        this.guard = Objects.requireNonNull(guard, "guard");
        this.budget = Objects.requireNonNull(budget, "budget");
        this.breaker = Objects.requireNonNull(breaker, "breaker");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (budget.isNegative() || budget.isZero()) {
            throw new IllegalArgumentException("budget must be positive");
        }
    }

    /** A service with its own OkHttp client whose timeouts never exceed the budget, default breaker. */
    public static GatewayEligibilityService create(GatewayCredentials credentials, Duration budget, Clock clock) {
        return create(credentials, budget, GatewayBreaker.Settings.defaults(), clock);
    }

    /** A service with its own OkHttp client whose timeouts never exceed the budget, no quota, no reuse. */
    public static GatewayEligibilityService create(GatewayCredentials credentials, Duration budget,
                                                   GatewayBreaker.Settings breaker, Clock clock) {
        return create(credentials, budget, breaker, GatewayGuard.Settings.permissive(), clock);
    }

    /** A service with its own OkHttp client whose timeouts never exceed the budget. */
    public static GatewayEligibilityService create(GatewayCredentials credentials, Duration budget,
                                                   GatewayBreaker.Settings breaker, GatewayGuard.Settings guard,
                                                   Clock clock) {
        return create(credentials, budget, breaker, guard, clock, Pace.REAL);
    }

    /**
     * As above, for a clock that may run faster than real time: every wait, the OkHttp client's
     * timeouts included, lasts {@code pace}'s real time for the clock's time ({@link Pace#REAL} in
     * production; the lookup bench's simulated morning passes {@link Pace#faster}).
     */
    public static GatewayEligibilityService create(GatewayCredentials credentials, Duration budget,
                                                   GatewayBreaker.Settings breaker, GatewayGuard.Settings guard,
                                                   Clock clock, Pace pace) {
        Duration longest = pace.real(guard.backgroundBudget().compareTo(budget) > 0 ? guard.backgroundBudget()
                : budget);
        OkHttpClient http = new OkHttpClient.Builder()
                .connectTimeout(longest)
                .readTimeout(longest)
                .writeTimeout(longest)
                .callTimeout(longest)
                .build();
        return new GatewayEligibilityService(new BhxhGatewayClient(http, credentials, clock, pace), budget,
                new GatewayBreaker(breaker, clock), new GatewayGuard(guard, clock), clock, pace);
    }

    /** The breaker in front of the gateway. */
    public GatewayBreaker breaker() {
        return breaker;
    }

    /** The gateway client (its token also serves the desk's visit history, {@link VisitHistorySource}). */
    public BhxhGatewayClient client() {
        return client;
    }

    /**
     * The desk's visit history through the same guard as the card checks: calls stopped or the
     * receptionists' share of the budget spent, nothing is sent ({@code NOT_SENT}); a restricted-account
     * reply to it stops calls as a card check's would.
     */
    public VisitHistorySource visitHistory() {
        return (request, deadline) -> {
            Optional<String> held = guard.admit(GatewayCaller.DESK);
            if (held.isPresent()) {
                return new VisitHistoryResult.Failed(LookupOutcome.Reason.NOT_SENT, held.get(), false);
            }
            VisitHistoryResult result = client.history(request, deadline);
            if (result instanceof VisitHistoryResult.Answered answered) {
                guard.observe(new GatewayReply.Coded(answered.code(), Optional.empty()));
            }
            return result;
        };
    }

    /** The quota guard every request passes. */
    @Override
    public Optional<GatewayGuard> guard() {
        return Optional.of(guard);
    }

    @Override
    public Optional<String> breakerState() {
        return Optional.of(breaker.state().name());
    }

    @Override
    public LookupOutcome lookUp(LookupRequest request) {
        return lookUp(request, GatewayCaller.KIOSK, t -> {
        });
    }

    /**
     * The lookup, in this order: a card that cannot succeed is not sent ({@link CardPrecheck}); a
     * fresh definite answer to the same card is reused; while the breaker is open, calls are stopped
     * or the caller's share of the budget is spent, nothing is sent ({@code NOT_SENT}); else up to two
     * tries within the budget (one when it is the breaker's probe). The breaker counts lookups, not
     * tries: one result per lookup. A request that goes on after its caller stopped waiting (a kiosk's, see {@link GatewayGuard.Settings#backgroundBudget()})
     * is counted by what it finally gets: a gateway that answers in 5–30 s is slow for a kiosk, not
     * failing, and a probe is not over before its request is, unless the gateway has gone silent
     * ({@link GatewayBreaker#checkSilence()}): a request waited {@code silentFor} with nothing heard.
     */
    @Override
    public LookupOutcome lookUp(LookupRequest request, GatewayCaller caller, Consumer<GatewayTry> tries) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(tries, "tries");
        Instant start = clock.instant();
        String key = request.cardKey().trim().toUpperCase(Locale.ROOT);
        if (key.isEmpty()) {
            return noAnswer(new GatewayReply.Failed(LookupOutcome.Reason.NOT_SENT, "no card or CCCD number", false),
                    start, 0);
        }
        LookupRequest sent = new LookupRequest(key, request.fullName().map(String::trim).filter(s -> !s.isEmpty()),
                request.dateOfBirth(), request.registeredFacility());
        Optional<CardPrecheck.Refusal> refusal = CardPrecheck.refusal(sent);
        if (refusal.isPresent()) {
            return noAnswer(new GatewayReply.Failed(refusal.get().reason(), refusal.get().detail(), false), start, 0);
        }
        Optional<AnswerReuse.Reused> reused = guard.reuse().find(sent);
        if (reused.isPresent()) {
            LookupOutcome.Answered earlier = reused.get().answer();
            LOG.debug("BHXH lookup {}: the answer of {} s ago reused ({})", Masking.number(key),
                    reused.get().age().toSeconds(), earlier.code());
            return new LookupOutcome.Answered(earlier.code(), earlier.lookupClass(), earlier.patientMessage(),
                    earlier.staffMessage(), earlier.card(), elapsed(start), 0);
        }
        if (guard.reuse().waiting(sent)) {
            return noAnswer(new GatewayReply.Failed(LookupOutcome.Reason.NOT_SENT,
                    "a request for this card is still waiting for the gateway's answer", false), start, 0);
        }
        Optional<String> held = guard.admit(caller);
        if (held.isPresent()) {
            return noAnswer(new GatewayReply.Failed(LookupOutcome.Reason.NOT_SENT, held.get(), false), start, 0);
        }
        if (!breaker.tryAcquire()) {
            guard.giveBack();
            return noAnswer(new GatewayReply.Failed(LookupOutcome.Reason.NOT_SENT, BREAKER_OPEN, false), start, 0);
        }
        boolean probe = breaker.state() == GatewayBreaker.State.HALF_OPEN;
        SentRequest proof = client.sent(sent);
        Duration late = guard.settings().backgroundBudget();
        Duration patience = caller == GatewayCaller.BACKGROUND && late.compareTo(budget) > 0 ? late : budget;
        Duration margin = patience.dividedBy(10).compareTo(MAX_MARGIN) < 0 ? patience.dividedBy(10) : MAX_MARGIN;
        Instant deadline = start.plus(patience).minus(margin);
        Instant httpDeadline = late.compareTo(patience) > 0 ? start.plus(late) : deadline;
        int attempts = 0;
        GatewayReply reply;
        Optional<CompletableFuture<GatewayReply>> goesOn;
        while (true) {
            attempts++;
            Instant tryStart = clock.instant();
            breaker.sent();
            Tried tried = tryOnce(sent, deadline, httpDeadline, margin);
            reply = tried.reply();
            goesOn = tried.goesOn();
            breaker.heard(reply);
            long tryMillis = Math.max(0, Duration.between(tryStart, clock.instant()).toMillis());
            guard.observe(reply);
            tries.accept(GatewayTry.of(attempts, Math.max(0, Duration.between(start, tryStart).toMillis()), reply,
                    tryMillis, caller, proof));
            if (probe || attempts >= 2 || !retryable(reply) || !pauseBeforeRetry(deadline)
                    || guard.admit(caller).isPresent()) {
                break;
            }
        }
        if (goesOn.isPresent()) {
            // the caller stopped waiting, not the request: the breaker learns what the request gets,
            // and meanwhile opens at once if the gateway has gone silent
            goesOn.get().thenAccept(last -> breaker.record(last, elapsed(start)));
            breaker.checkSilence();
        } else {
            breaker.record(reply, elapsed(start));
        }
        LookupOutcome outcome = reply instanceof GatewayReply.Coded coded
                ? answered(coded, start, attempts)
                : noAnswer((GatewayReply.Failed) reply, start, attempts);
        if (outcome instanceof LookupOutcome.Answered a) {
            guard.reuse().keep(sent, a);
        }
        return outcome;
    }

    /** What one try got, and when its request goes on after the caller stopped waiting, its end. */
    private record Tried(GatewayReply reply, Optional<CompletableFuture<GatewayReply>> goesOn) {
        static Tried now(GatewayReply reply) {
            return new Tried(reply, Optional.empty());
        }
    }

    /**
     * One try on a worker thread. The HTTP calls end by {@code httpDeadline} themselves; the caller
     * waits only until {@code deadline} (plus half the margin), which also bounds what the calls cannot
     * interrupt, such as a slow DNS lookup. When the request may go on after its caller stopped
     * waiting ({@code httpDeadline} later), it does: its late answer is learnt from and kept for
     * reuse, so the pending lookup's retry completes without asking again; {@link Tried#goesOn()}
     * completes with what it finally got.
     */
    private Tried tryOnce(LookupRequest request, Instant deadline, Instant httpDeadline, Duration margin) {
        CompletableFuture<GatewayReply> reply;
        try {
            reply = CompletableFuture.supplyAsync(() -> client.lookUp(request, httpDeadline), calls);
        } catch (RejectedExecutionException e) {
            return Tried.now(new GatewayReply.Failed(LookupOutcome.Reason.NOT_SENT, "no worker thread", false));
        }
        long waitMillis = Math.max(1, Duration.between(clock.instant(), deadline.plus(margin.dividedBy(2)))
                .toMillis());
        try {
            return Tried.now(reply.get(pace.realMillis(waitMillis), TimeUnit.MILLISECONDS));
        } catch (TimeoutException e) {
            GatewayReply.Failed timeout = new GatewayReply.Failed(LookupOutcome.Reason.TIMEOUT,
                    "no answer within the budget", false);
            if (httpDeadline.isAfter(deadline)) {
                return new Tried(timeout, Optional.of(goOnLate(request, reply)));
            }
            reply.cancel(true);
            return Tried.now(timeout);
        } catch (InterruptedException e) {
            reply.cancel(true);
            Thread.currentThread().interrupt();
            return Tried.now(new GatewayReply.Failed(LookupOutcome.Reason.TIMEOUT, "interrupted", false));
        } catch (ExecutionException e) {
            return Tried.now(unexpected(e.getCause()));
        }
    }

    private static GatewayReply.Failed unexpected(Throwable cause) {
        String what = cause == null ? "unknown" : cause.getClass().getSimpleName();
        LOG.warn("BHXH lookup failed unexpectedly: {}", what);
        return new GatewayReply.Failed(LookupOutcome.Reason.BAD_RESPONSE, what, false);
    }

    /** Lets a request go on after its caller stopped waiting; the future completes with its reply. */
    private CompletableFuture<GatewayReply> goOnLate(LookupRequest request, CompletableFuture<GatewayReply> reply) {
        guard.reuse().startedLate(request);
        Instant waiting = clock.instant();
        return reply.handle((late, failure) -> {
            try {
                if (late == null) {
                    return unexpected(failure instanceof java.util.concurrent.CompletionException c
                            ? c.getCause() : failure);
                }
                guard.observe(late);
                breaker.heard(late);
                if (late instanceof GatewayReply.Coded coded) {
                    guard.reuse().keep(request, (LookupOutcome.Answered) answered(coded, waiting, 1));
                }
                LOG.info("BHXH lookup {}: late answer {} kept for the pending lookup", Masking.number(
                        request.cardKey()), late instanceof GatewayReply.Coded c ? "code " + c.code()
                        : ((GatewayReply.Failed) late).reason());
                return late;
            } finally {
                guard.reuse().endedLate(request);
            }
        });
    }

    private static boolean retryable(GatewayReply reply) {
        if (reply instanceof GatewayReply.Coded coded) {
            return ResultCodes.classify(coded.code()).retryable();
        }
        return ((GatewayReply.Failed) reply).retryable();
    }

    /** Sleeps {@link #BACKOFF} when a try still fits after it; false when it does not. */
    private boolean pauseBeforeRetry(Instant deadline) {
        if (Duration.between(clock.instant().plus(BACKOFF), deadline).compareTo(MIN_TRY) < 0) {
            return false;
        }
        try {
            Thread.sleep(pace.realMillis(BACKOFF.toMillis()));
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private LookupOutcome answered(GatewayReply.Coded coded, Instant start, int attempts) {
        ResultCodeMeaning meaning = ResultCodes.classify(coded.code());
        return new LookupOutcome.Answered(meaning.code(), meaning.lookupClass(), meaning.patientMessage(),
                meaning.staffMessage(), coded.card(), elapsed(start), attempts);
    }

    private LookupOutcome noAnswer(GatewayReply.Failed failed, Instant start, int attempts) {
        return new LookupOutcome.NoAnswer(failed.reason(), failed.detail(), ResultCodes.patientMessage(failed.reason()),
                ResultCodes.staffMessage(failed.reason(), failed.detail()), elapsed(start), attempts);
    }

    private long elapsed(Instant start) {
        return Math.max(0, Duration.between(start, clock.instant()).toMillis());
    }
}
