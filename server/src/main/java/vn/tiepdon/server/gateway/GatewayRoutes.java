package vn.tiepdon.server.gateway;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.GatewayStatusView;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.RequestBudget;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/**
 * The admin's view of the BHXH gateway link: {@code GET /api/v1/gateway} (budget used, stop,
 * breaker, outage), {@code POST /api/v1/gateway/resume} (let calls go again after a stop) and
 * {@code GET /api/v1/gateway/health?date=} (per hour, and the day's outages). Admins only.
 */
public final class GatewayRoutes implements Routes.Feature {
    private final EligibilityService eligibility;
    private final GatewayHealthStore health;
    private final Supplier<LocalDate> today;
    private final Clock clock;

    public GatewayRoutes(EligibilityService eligibility, GatewayHealthStore health, Supplier<LocalDate> today,
                         Clock clock) {
        this.eligibility = Objects.requireNonNull(eligibility, "eligibility");
        this.health = Objects.requireNonNull(health, "health");
        this.today = Objects.requireNonNull(today, "today");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/gateway", Allowed.admin(), ex -> Reply.ok(status()));
        routes.post("/api/v1/gateway/resume", Allowed.admin(), ex -> {
            // a server without a guard (a test or demo gateway) never stops calls: nothing to resume
            boolean resumed = eligibility.guard().map(g -> g.stop().resume(ex.requireCaller().actor()))
                    .orElse(false);
            return Reply.ok(Map.of("resumed", resumed, "status", status()));
        });
        routes.get("/api/v1/gateway/notice", Allowed.roles(Role.ADMIN, Role.RECEPTIONIST),
                ex -> Reply.okOrNoContent(notice()));
        routes.get("/api/v1/gateway/health", Allowed.admin(), ex -> {
            LocalDate day = ex.query("date").map(GatewayRoutes::date).orElseGet(today);
            return Reply.ok(health.day(day, clock.instant()));
        });
    }

    /**
     * The gateway trouble in progress, as the event that began it told it: calls stopped (which
     * wins: it needs an admin), else an outage; empty when there is none. A desk that starts in the
     * middle of one shows its banner at once instead of from the next event.
     */
    Optional<GatewayNotice> notice() {
        Optional<GatewayGuard> guard = eligibility.guard();
        Optional<GatewayNotice> stopped = guard.flatMap(g -> g.stop().current())
                .map(s -> new GatewayNotice(GatewayNotice.Kind.STOPPED, s.since(), Optional.empty(), s.detail()));
        return stopped.or(() -> guard.flatMap(g -> g.outages().current().map(o -> new GatewayNotice(
                GatewayNotice.Kind.OUTAGE_STARTED, o.since(), Optional.empty(),
                "no answer for " + g.outages().threshold().toMinutes() + " min"))));
    }

    GatewayStatusView status() {
        LocalDate day = today.get();
        Optional<GatewayGuard> guard = eligibility.guard();
        RequestBudget.Quota quota = guard.map(g -> g.budget().quota()).orElse(RequestBudget.Quota.unlimited());
        RequestBudget.Usage used = guard.map(g -> g.budget().usage())
                .orElse(new RequestBudget.Usage(0, health.requestsOn(day), day));
        Optional<vn.tiepdon.server.eligibility.GatewayStop.Stopped> stopped = guard.flatMap(g -> g.stop().current());
        return new GatewayStatusView(day, quota.perMinute(), quota.perDay(), quota.backgroundShare(),
                used.thisMinute(), used.today(), guard.map(g -> g.reuse().window().toSeconds()).orElse(0L),
                eligibility.breakerState().orElse("NONE"), stopped.map(s -> s.since()), stopped.map(s -> s.detail()),
                guard.flatMap(g -> g.outages().current()).map(o -> o.since()), health.pendingOn(day));
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "date must be a date yyyy-MM-dd");
        }
    }
}
