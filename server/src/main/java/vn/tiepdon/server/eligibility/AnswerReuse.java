package vn.tiepdon.server.eligibility;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.identity.PartialDate;

/**
 * The same card (or CCCD) looked up again within {@code gateway.reuseAnswerFor} gets the earlier
 * answer instead of a new request: a patient scanning twice, a chip and then a QR, or a retry of a
 * second check-in never spend the hospital's quota twice. Only definite answers are kept (not a
 * gateway error, not a set-up error); an answer is reused only for a request that sends nothing
 * different: the same name and birth date, or none (a receptionist re-running with a corrected name
 * or birth date does ask again). Thread-safe; bounded in size.
 */
public final class AnswerReuse {
    private static final int MAX_ENTRIES = 20_000;

    private record Kept(Optional<String> name, Optional<String> birthDate, LookupOutcome.Answered answer,
                        Instant at) {
    }

    /** An earlier answer and how old it is. */
    public record Reused(LookupOutcome.Answered answer, Duration age) {
    }

    private final Duration window;
    private final Clock clock;
    private final java.util.Set<String> inFlight = new java.util.HashSet<>();
    private final Map<String, Kept> kept = new LinkedHashMap<>(256, 0.75f, false) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Kept> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    /** @param window how long an answer is reused; zero turns reuse off */
    public AnswerReuse(Duration window, Clock clock) {
        this.window = Objects.requireNonNull(window, "window");
        this.clock = Objects.requireNonNull(clock, "clock");
        if (window.isNegative()) {
            throw new IllegalArgumentException("the reuse window must not be negative");
        }
    }

    public Duration window() {
        return window;
    }

    /** The earlier answer for this request, when one is young enough and was asked the same way. */
    public synchronized Optional<Reused> find(LookupRequest request) {
        if (window.isZero()) {
            return Optional.empty();
        }
        Kept k = kept.get(key(request));
        if (k == null) {
            return Optional.empty();
        }
        Duration age = Duration.between(k.at(), clock.instant());
        if (age.isNegative() || age.compareTo(window) >= 0) {
            kept.remove(key(request));
            return Optional.empty();
        }
        if (!compatible(name(request), k.name()) || !compatible(birthDate(request), k.birthDate())) {
            return Optional.empty();
        }
        return Optional.of(new Reused(k.answer(), age));
    }

    /** Keeps a definite answer to {@code request}. */
    public synchronized void keep(LookupRequest request, LookupOutcome.Answered answer) {
        if (window.isZero() || !reusable(answer)) {
            return;
        }
        String key = key(request);
        kept.remove(key);
        kept.put(key, new Kept(name(request), birthDate(request), answer, clock.instant()));
    }

    /** Notes that a request for this card goes on after its caller stopped waiting. */
    public synchronized void startedLate(LookupRequest request) {
        inFlight.add(key(request));
    }

    /** The late request for this card ended (answered or not). */
    public synchronized void endedLate(LookupRequest request) {
        inFlight.remove(key(request));
    }

    /** True while a request for this card is still waiting for the gateway: asking again would double it. */
    public synchronized boolean waiting(LookupRequest request) {
        return inFlight.contains(key(request));
    }

    /** True for an answer about the card itself: not a gateway error, not the hospital's set-up. */
    static boolean reusable(LookupOutcome.Answered answer) {
        LookupClass c = answer.lookupClass();
        return !ResultCodes.classify(answer.code()).retryable() && c != LookupClass.GATEWAY_ERROR
                && c != LookupClass.SETUP_ERROR;
    }

    private static boolean compatible(Optional<String> asked, Optional<String> earlier) {
        return asked.isEmpty() || asked.equals(earlier);
    }

    private static String key(LookupRequest request) {
        return request.cardKey().trim().toUpperCase(Locale.ROOT);
    }

    private static Optional<String> name(LookupRequest request) {
        return request.fullName().map(n -> n.trim().replaceAll("\\s+", " ").toUpperCase(Locale.ROOT))
                .filter(n -> !n.isEmpty());
    }

    private static Optional<String> birthDate(LookupRequest request) {
        return request.dateOfBirth().map(PartialDate::toString);
    }
}
