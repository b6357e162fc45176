package vn.tiepdon.server.eligibility;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tiepdon.core.eligibility.LookupOutcome;

/**
 * The one place every gateway request passes: calls stopped (restricted account), the account's
 * request budget, answers reused within the window; and what each reply says about the account and
 * the gateway's health (restricted-account reply, refusals after a fresh login, outages).
 */
public final class GatewayGuard {
    /** The restricted-account reply's text (HTTP 500), as the co-payment endpoint is reported to send it. */
    static final String RESTRICTED_TEXT = "có lỗi xảy ra trong quá trình tra cứu";
    /** Lookups in a row refused even after a fresh login that stop calls. */
    static final int REFUSALS_TO_STOP = 2;

    /**
     * @param quota          the account's budget
     * @param reuseAnswerFor {@code gateway.reuseAnswerFor}; zero turns reuse off
     * @param outageAfter    {@code gateway.outageAfter}
     * @param backgroundBudget {@code gateway.backgroundBudget}: how long a background retry waits for
     *                       the gateway, and how long a kiosk's request goes on after the kiosk stopped
     *                       waiting (its late answer is kept for the pending lookup); zero: a request
     *                       ends with its caller's budget
     */
    public record Settings(RequestBudget.Quota quota, Duration reuseAnswerFor, Duration outageAfter,
                           Duration backgroundBudget) {
        public Settings {
            Objects.requireNonNull(quota, "quota");
            Objects.requireNonNull(reuseAnswerFor, "reuseAnswerFor");
            Objects.requireNonNull(outageAfter, "outageAfter");
            Objects.requireNonNull(backgroundBudget, "backgroundBudget");
            if (backgroundBudget.isNegative()) {
                throw new IllegalArgumentException("backgroundBudget must not be negative");
            }
        }

        public Settings(RequestBudget.Quota quota, Duration reuseAnswerFor, Duration outageAfter) {
            this(quota, reuseAnswerFor, outageAfter, Duration.ZERO);
        }

        /**
         * The shipped defaults: {@link RequestBudget.Quota#defaults()}, 15 min reuse, 5 min outage, 60 s
         * background budget.
         */
        public static Settings defaults() {
            return new Settings(RequestBudget.Quota.defaults(), Duration.ofMinutes(15), Duration.ofMinutes(5),
                    Duration.ofSeconds(60));
        }

        /** No budget limit, no reuse, no late answers: tools and tests that must reach the gateway every time. */
        public static Settings permissive() {
            return new Settings(RequestBudget.Quota.unlimited(), Duration.ZERO, Duration.ofMinutes(5));
        }
    }

    private final Settings settings;
    private final RequestBudget budget;
    private final AnswerReuse reuse;
    private final GatewayStop stop;
    private final OutageWatch outages;
    private final AtomicInteger refusalsInARow = new AtomicInteger();

    public GatewayGuard(Settings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.budget = new RequestBudget(settings.quota(), clock);
        this.reuse = new AnswerReuse(settings.reuseAnswerFor(), clock);
        this.stop = new GatewayStop(clock);
        this.outages = new OutageWatch(settings.outageAfter(), clock);
    }

    public Settings settings() {
        return settings;
    }

    public RequestBudget budget() {
        return budget;
    }

    public AnswerReuse reuse() {
        return reuse;
    }

    public GatewayStop stop() {
        return stop;
    }

    public OutageWatch outages() {
        return outages;
    }

    /** Why a request for {@code caller} may not go now; empty when it may (and it is counted). */
    public Optional<String> admit(GatewayCaller caller) {
        Optional<GatewayStop.Stopped> stopped = stop.current();
        if (stopped.isPresent()) {
            return Optional.of("gateway calls stopped since " + stopped.get().since() + ": " + stopped.get().detail());
        }
        if (!budget.tryTake(caller)) {
            RequestBudget.Usage used = budget.usage();
            return Optional.of("request budget spent for " + caller.name().toLowerCase(Locale.ROOT) + " lookups ("
                    + used.thisMinute() + " this minute, " + used.today() + " today)");
        }
        return Optional.empty();
    }

    /** Gives back what {@link #admit} took for a request that was not sent after all (breaker open). */
    public void giveBack() {
        budget.giveBack();
    }

    /** When a background retry refused now may next be sent (used to reschedule it). */
    public Instant nextChance(GatewayCaller caller) {
        return budget.nextRoom(caller);
    }

    /** Learns from one request's reply: stops calls on a restricted account, tracks outages. */
    public void observe(GatewayReply reply) {
        if (restrictedAccount(reply)) {
            stop.stop("restricted-account reply from the gateway (HTTP 500, \"Có lỗi xảy ra trong quá trình tra"
                    + " cứu!\")");
        }
        if (reply instanceof GatewayReply.Coded coded) {
            outages.answered();
            if (coded.code().equals("401")) {
                if (refusalsInARow.incrementAndGet() >= REFUSALS_TO_STOP) {
                    stop.stop("the gateway refused the account " + REFUSALS_TO_STOP
                            + " times in a row, each after a fresh login");
                }
            } else {
                refusalsInARow.set(0);
            }
        } else {
            GatewayReply.Failed failed = (GatewayReply.Failed) reply;
            if (failed.reason() != LookupOutcome.Reason.LOGIN_FAILED) {
                outages.unanswered();
            }
        }
    }

    /** The restricted-account reply: HTTP 500 whose message is the one BHXH gives restricted accounts. */
    static boolean restrictedAccount(GatewayReply reply) {
        return reply.received().filter(r -> r.httpStatus() == 500)
                .flatMap(ReceivedReply::message)
                .map(m -> Normalizer.normalize(m, Normalizer.Form.NFC).toLowerCase(Locale.ROOT)
                        .contains(Normalizer.normalize(RESTRICTED_TEXT, Normalizer.Form.NFC)))
                .orElse(false);
    }
}
