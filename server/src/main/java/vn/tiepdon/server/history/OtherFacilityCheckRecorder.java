package vn.tiepdon.server.history;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.RecentCheck;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.GatewayGuard;
import vn.tiepdon.server.eligibility.GatewayTry;

/**
 * Stands in front of the card check (check-in, background retries, re-runs) and keeps what each
 * answer says about checks of the card by other facilities within the window
 * ({@link OtherFacilityChecks}), before the lookup is stored and its ticket shown. The lookup
 * itself passes through unchanged; failing to keep the checks never fails it.
 */
public final class OtherFacilityCheckRecorder implements EligibilityService {
    private static final Logger LOG = LoggerFactory.getLogger(OtherFacilityCheckRecorder.class);
    private final EligibilityService delegate;
    private final OtherFacilityChecks checks;
    private final ZoneId gatewayZone;
    private final Clock clock;

    /** @param gatewayZone the zone of the gateway's local times ({@code thoiGianKT}): the hospital's */
    public OtherFacilityCheckRecorder(EligibilityService delegate, OtherFacilityChecks checks, ZoneId gatewayZone,
                                      Clock clock) {
        this.delegate = Objects.requireNonNull(delegate);
        this.checks = Objects.requireNonNull(checks);
        this.gatewayZone = Objects.requireNonNull(gatewayZone);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public LookupOutcome lookUp(LookupRequest request) {
        return keep(request, delegate.lookUp(request));
    }

    @Override
    public LookupOutcome lookUp(LookupRequest request, GatewayCaller caller, Consumer<GatewayTry> tries) {
        return keep(request, delegate.lookUp(request, caller, tries));
    }

    @Override
    public Optional<GatewayGuard> guard() {
        return delegate.guard();
    }

    @Override
    public Optional<String> breakerState() {
        return delegate.breakerState();
    }

    private LookupOutcome keep(LookupRequest request, LookupOutcome outcome) {
        if (!(outcome instanceof LookupOutcome.Answered a) || a.card().isEmpty()) {
            return outcome;
        }
        List<GatewayCard.Check> listed = a.card().get().checks();
        if (listed.isEmpty()) {
            return outcome;
        }
        try {
            Instant now = clock.instant();
            List<RecentCheck> recent = checks.rule().near(checks.rule().byOtherFacilities(listed, gatewayZone), now);
            if (!recent.isEmpty()) {
                checks.keep(request.cardKey(), recent, now);
                RecentCheck latest = recent.get(0);
                LOG.info("Card {}: {} check(s) by other facilities within {} days, the latest by {} at {}",
                        Masking.number(request.cardKey()), recent.size(), checks.rule().window().toDays(),
                        latest.facilityCode(), latest.checkedAt());
            }
        } catch (RuntimeException e) {
            LOG.warn("Could not keep the other facilities' checks of card {}: {}", Masking.number(request.cardKey()),
                    e.getClass().getSimpleName());
        }
        return outcome;
    }
}
