package vn.tiepdon.core.eligibility;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.RecentCheck;

/**
 * A possible concurrent visit: the gateway's card check lists every check of the card by a
 * facility ({@code dsLichSuKT2018}, ours included); a check by <em>another</em> facility (the
 * account's 5-digit code is not ours) within {@code window} of our lookup may mean the patient is
 * being treated there at the same time, which the receptionist should know before serving the
 * visit under BHYT.
 */
public final class ConcurrentVisits {
    /** The default window ({@code gateway.concurrentVisitDays}). */
    public static final Duration DEFAULT_WINDOW = Duration.ofDays(3);

    private final String ownFacility;
    private final Duration window;

    /**
     * @param ownFacility this hospital's 5-digit code ({@code maCSKCB}); its own checks never count
     * @param window      how far from our lookup a check by another facility counts
     */
    public ConcurrentVisits(String ownFacility, Duration window) {
        this.ownFacility = Objects.requireNonNull(ownFacility).trim();
        this.window = Objects.requireNonNull(window);
        if (window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("the window must be more than 0: " + window);
        }
    }

    public Duration window() {
        return window;
    }

    /**
     * The checks by other facilities among {@code checks} (times read in {@code zone}), most recent
     * first, each facility and minute once. A check by this hospital, or whose account carries no
     * facility code or whose time cannot be read, is left out.
     */
    public List<RecentCheck> byOtherFacilities(List<GatewayCard.Check> checks, ZoneId zone) {
        Objects.requireNonNull(zone);
        Map<String, RecentCheck> unique = new LinkedHashMap<>();
        for (GatewayCard.Check check : checks) {
            Optional<String> facility = check.facilityCode();
            Optional<LocalDateTime> time = check.time();
            if (facility.isEmpty() || time.isEmpty() || facility.get().equals(ownFacility)) {
                continue;
            }
            Instant at = time.get().atZone(zone).toInstant();
            Optional<String> message = check.message().map(String::trim).filter(m -> !m.isEmpty())
                    .or(() -> check.code().map(String::trim).filter(c -> !c.isEmpty()));
            unique.putIfAbsent(facility.get() + "@" + at, new RecentCheck(facility.get(), at, message));
        }
        List<RecentCheck> out = new ArrayList<>(unique.values());
        out.sort(Comparator.comparing(RecentCheck::checkedAt).reversed());
        return List.copyOf(out);
    }

    /**
     * Those of {@code checks} by other facilities within the window of a lookup made at
     * {@code lookupAt} (before or after it), most recent first.
     */
    public List<RecentCheck> near(List<RecentCheck> checks, Instant lookupAt) {
        Instant from = lookupAt.minus(window);
        Instant to = lookupAt.plus(window);
        return checks.stream()
                .filter(c -> !c.facilityCode().equals(ownFacility))
                .filter(c -> !c.checkedAt().isBefore(from) && !c.checkedAt().isAfter(to))
                .sorted(Comparator.comparing(RecentCheck::checkedAt).reversed())
                .toList();
    }
}
