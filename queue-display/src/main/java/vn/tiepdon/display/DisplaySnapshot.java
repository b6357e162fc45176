package vn.tiepdon.display;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the hall board shows at one moment: the newest call, the recent calls (newest first), the
 * link, and the names of the counters that are closed (paused).
 */
public record DisplaySnapshot(Optional<Call> current, List<Call> recent, boolean connected,
                              List<String> closedCounters) {
    public DisplaySnapshot {
        Objects.requireNonNull(current);
        recent = List.copyOf(recent);
        closedCounters = List.copyOf(closedCounters);
    }

    /** No counter closed. */
    public DisplaySnapshot(Optional<Call> current, List<Call> recent, boolean connected) {
        this(current, recent, connected, List.of());
    }
}
