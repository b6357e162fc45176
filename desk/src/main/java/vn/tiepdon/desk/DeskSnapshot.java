package vn.tiepdon.desk;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/** The desk's state at one moment, for drawing: immutable. */
public record DeskSnapshot(String counterId, Optional<DeskTicket> current, List<DeskTicket> waiting,
                           Optional<DeskOutcome> lastOutcome, boolean busy, boolean connected,
                           Map<Long, DeskPortrait> portraits, boolean paused) {
    public DeskSnapshot {
        Objects.requireNonNull(counterId);
        Objects.requireNonNull(current);
        waiting = List.copyOf(waiting);
        Objects.requireNonNull(lastOutcome);
        portraits = Map.copyOf(portraits);
    }

    /** An open counter. */
    public DeskSnapshot(String counterId, Optional<DeskTicket> current, List<DeskTicket> waiting,
                        Optional<DeskOutcome> lastOutcome, boolean busy, boolean connected,
                        Map<Long, DeskPortrait> portraits) {
        this(counterId, current, waiting, lastOutcome, busy, connected, portraits, false);
    }

    /** A desk with no portraits loaded. */
    public DeskSnapshot(String counterId, Optional<DeskTicket> current, List<DeskTicket> waiting,
                        Optional<DeskOutcome> lastOutcome, boolean busy, boolean connected) {
        this(counterId, current, waiting, lastOutcome, busy, connected, Map.of());
    }

    /** The chip portrait of a ticket, as far as the desk has it ({@code Nothing} when not from the chip). */
    public DeskPortrait portraitOf(DeskTicket ticket) {
        if (!ticket.fromChip()) {
            return new DeskPortrait.Nothing();
        }
        return portraits.getOrDefault(ticket.id(), new DeskPortrait.Nothing());
    }

    /** Calling needs an open counter. */
    public boolean canCallNext() {
        return !busy && !paused;
    }

    public boolean canPause() {
        return !busy && !paused;
    }

    public boolean canResume() {
        return !busy && paused;
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
