package vn.tiepdon.devices.camera;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Tells a new sighting of a code from the same code still in front of the camera: a text is new
 * when it was not seen within {@code window} before now. Every sighting restarts the window, so a
 * card held up for a minute is reported once, and again only after it was away for the window.
 * Not thread-safe (the camera's one decoding thread uses it).
 */
public final class Debouncer {
    private final Clock clock;
    private final Duration window;
    private final Map<String, Instant> lastSeen = new HashMap<>();

    public Debouncer(Clock clock, Duration window) {
        this.clock = Objects.requireNonNull(clock);
        if (window.isNegative()) {
            throw new IllegalArgumentException("debounce window must not be negative: " + window);
        }
        this.window = window;
    }

    /** True when {@code text} is to be reported now; records the sighting either way. */
    public boolean isNew(String text) {
        Instant now = clock.instant();
        lastSeen.values().removeIf(seen -> !now.isBefore(seen.plus(window)));
        return lastSeen.put(text, now) == null;
    }
}
