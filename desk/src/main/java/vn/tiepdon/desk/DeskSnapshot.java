package vn.tiepdon.desk;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.GatewayNotice;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * The desk's state at one moment, for drawing: immutable. {@code waiting} is today's waiting
 * list, oldest first; {@code day} every ticket of today the desk knows of (waiting, called,
 * parked, served, skipped), oldest first; {@code gateway} the BHXH gateway trouble in progress (calls
 * stopped, or an outage), as the event stream told it.
 */
public record DeskSnapshot(String counterId, Optional<DeskTicket> current, List<DeskTicket> waiting,
                           Optional<DeskOutcome> lastOutcome, boolean busy, boolean connected,
                           Map<Long, DeskPortrait> portraits, boolean paused, List<DeskTicket> day,
                           Optional<GatewayNotice> gateway) {
    public DeskSnapshot {
        Objects.requireNonNull(counterId);
        Objects.requireNonNull(current);
        waiting = List.copyOf(waiting);
        Objects.requireNonNull(lastOutcome);
        portraits = Map.copyOf(portraits);
        day = List.copyOf(day);
        gateway = gateway == null ? Optional.empty() : gateway;
    }

    /** A desk that has heard of no gateway trouble. */
    public DeskSnapshot(String counterId, Optional<DeskTicket> current, List<DeskTicket> waiting,
                        Optional<DeskOutcome> lastOutcome, boolean busy, boolean connected,
                        Map<Long, DeskPortrait> portraits, boolean paused, List<DeskTicket> day) {
        this(counterId, current, waiting, lastOutcome, busy, connected, portraits, paused, day, Optional.empty());
    }

    /** A desk that knows only its waiting list and current ticket. */
    public DeskSnapshot(String counterId, Optional<DeskTicket> current, List<DeskTicket> waiting,
                        Optional<DeskOutcome> lastOutcome, boolean busy, boolean connected,
                        Map<Long, DeskPortrait> portraits, boolean paused) {
        this(counterId, current, waiting, lastOutcome, busy, connected, portraits, paused, dayOf(current, waiting));
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

    private static List<DeskTicket> dayOf(Optional<DeskTicket> current, List<DeskTicket> waiting) {
        List<DeskTicket> all = new ArrayList<>(waiting);
        current.ifPresent(all::add);
        all.sort(DeskDay.OLDEST_FIRST);
        return all;
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

    /**
     * The parked (postponed) tickets: this counter's, or every counter's; oldest first.
     */
    public List<DeskTicket> parked(boolean allCounters) {
        return day.stream().filter(t -> t.status() == TicketStatus.PARKED)
                .filter(t -> allCounters || t.at(counterId)).toList();
    }

    /** Today's skipped (no-show) tickets, every counter's, oldest first. */
    public List<DeskTicket> skipped() {
        return day.stream().filter(t -> t.status() == TicketStatus.SKIPPED).toList();
    }

    /**
     * The lookups to fix: today's tickets still in the building (waiting, at a counter, parked)
     * whose BHYT lookup failed, oldest first.
     */
    public List<DeskTicket> toFix() {
        return day.stream().filter(DeskTicket::onTheFixList).toList();
    }

    /** The ticket of today with this id, as the desk last saw it. */
    public Optional<DeskTicket> ticket(long id) {
        return day.stream().filter(t -> t.id() == id).findFirst()
                .or(() -> current.filter(c -> c.id() == id));
    }
}
