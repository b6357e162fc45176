package vn.tiepdon.bhxhsim;

import java.util.Objects;
import java.util.Random;

/** Draws, for each lookup, which fault it gets and how long it waits. Thread-safe. */
final class FaultInjector {

    enum Kind { NONE, HANG, ERROR, MALFORMED, SYSTEM_ERROR }

    /** What happens to one lookup; {@code delayMillis} is latency plus jitter (not the hang). */
    record Decision(Kind kind, long delayMillis) {
    }

    private final Random random;
    private SimSettings.Faults faults;

    FaultInjector(SimSettings.Faults faults, long seed) {
        this.faults = Objects.requireNonNull(faults, "faults");
        this.random = new Random(seed);
    }

    synchronized SimSettings.Faults faults() {
        return faults;
    }

    synchronized void set(SimSettings.Faults value) {
        faults = Objects.requireNonNull(value, "faults");
    }

    synchronized Decision next() {
        double draw = random.nextDouble();
        Kind kind;
        if (draw < faults.errorRate()) {
            kind = Kind.ERROR;
        } else if (draw < faults.errorRate() + faults.malformedRate()) {
            kind = Kind.MALFORMED;
        } else if (draw < faults.errorRate() + faults.malformedRate() + faults.timeoutRate()) {
            kind = Kind.HANG;
        } else if (draw < faults.errorRate() + faults.malformedRate() + faults.timeoutRate()
                + faults.systemErrorRate()) {
            kind = Kind.SYSTEM_ERROR;
        } else {
            kind = Kind.NONE;
        }
        long jitter = faults.jitterMillis() > 0 ? random.nextLong(faults.jitterMillis() + 1) : 0;
        return new Decision(kind, faults.latencyMillis() + jitter);
    }
}
