package vn.tiepdon.kiosk;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/** What a slip can tell about the wait, when known: the people ahead in the queue, the expected wait. */
public record WaitOutlook(OptionalInt peopleAhead, Optional<Duration> expectedWait) {
    /** Nothing known: the slip prints neither line. */
    public static final WaitOutlook UNKNOWN = new WaitOutlook(OptionalInt.empty(), Optional.empty());

    public WaitOutlook {
        Objects.requireNonNull(peopleAhead);
        Objects.requireNonNull(expectedWait);
        if (peopleAhead.isPresent() && peopleAhead.getAsInt() < 0) {
            throw new IllegalArgumentException("people ahead cannot be negative: " + peopleAhead.getAsInt());
        }
        if (expectedWait.isPresent() && expectedWait.get().isNegative()) {
            throw new IllegalArgumentException("expected wait cannot be negative: " + expectedWait.get());
        }
    }
}
