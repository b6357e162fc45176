package vn.tiepdon.desk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** The desk's state at one moment, for drawing: immutable. */
public record DeskSnapshot(String counterId, Optional<DeskTicket> current, List<DeskTicket> waiting,
                           Optional<DeskOutcome> lastOutcome, boolean busy, boolean connected) {
    public DeskSnapshot {
        Objects.requireNonNull(counterId);
        Objects.requireNonNull(current);
        waiting = List.copyOf(waiting);
        Objects.requireNonNull(lastOutcome);
    }

    public boolean canCallNext() {
        return !busy;
    }

    /** Recall, skip and finish act on the current ticket. */
    public boolean canActOnCurrent() {
        return !busy && current.isPresent();
    }

    /** How many waiting tickets need the receptionist to fix their lookup. */
    public long needingAttention() {
        return waiting.stream().filter(DeskTicket::needsAttention).count();
    }
}
