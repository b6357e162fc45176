package vn.tiepdon.display;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** What the hall board shows at one moment: the newest call, the recent calls (newest first), the link. */
public record DisplaySnapshot(Optional<Call> current, List<Call> recent, boolean connected) {
    public DisplaySnapshot {
        Objects.requireNonNull(current);
        recent = List.copyOf(recent);
    }
}
