package vn.tiepdon.core.event;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of state change on the event stream; {@link #wire()} is the SSE event name. */
public enum EventType {
    TICKET_ISSUED("ticket.issued", true),
    TICKET_CALLED("ticket.called", true),
    TICKET_RECALLED("ticket.recalled", true),
    TICKET_SKIPPED("ticket.skipped", true),
    TICKET_FINISHED("ticket.finished", true),
    /** Parked by a counter. */
    TICKET_POSTPONED("ticket.postponed", true),
    /** Back in its queue after being parked. */
    TICKET_RETURNED("ticket.returned", true),
    /** A skipped ticket brought back to its queue. */
    TICKET_RESTORED("ticket.restored", true),
    /** Moved to another queue or counter, with a note for the receiving desk. */
    TICKET_TRANSFERRED("ticket.transferred", true),
    /** A counter closed for a while (the event carries the counter, no ticket). */
    COUNTER_PAUSED("counter.paused", true),
    /** A counter open again. */
    COUNTER_RESUMED("counter.resumed", true),
    /** A receptionist fixed a failed lookup (staff only). */
    LOOKUP_OVERRIDDEN("lookup.overridden", false),
    /** A pending lookup got its answer (staff only: the hall has nothing to show for it). */
    LOOKUP_COMPLETED("lookup.completed", false),
    /** Gateway calls stopped: the account is restricted (staff only; the event carries a GatewayNotice). */
    GATEWAY_STOPPED("gateway.stopped", false),
    /** An admin let gateway calls go again (staff only). */
    GATEWAY_RESUMED("gateway.resumed", false),
    /** The gateway has not answered for the outage threshold (staff only). */
    GATEWAY_OUTAGE_STARTED("gateway.outage.started", false),
    /** The gateway answers again after an outage (staff only). */
    GATEWAY_OUTAGE_ENDED("gateway.outage.ended", false);

    private final String wire;
    private final boolean forHall;

    EventType(String wire, boolean forHall) {
        this.wire = wire;
        this.forHall = forHall;
    }

    /** The name on the wire and in the event table: {@code ticket.called}... */
    @JsonValue
    public String wire() {
        return wire;
    }

    /** True when hall boards receive this event (as a {@code HallCall}). */
    public boolean forHall() {
        return forHall;
    }

    public static Optional<EventType> ofWire(String name) {
        return Arrays.stream(values()).filter(t -> t.wire.equals(name)).findFirst();
    }

    @JsonCreator
    static EventType fromJson(String name) {
        return ofWire(name).orElseThrow(() -> new IllegalArgumentException("unknown event type: " + name));
    }

    @Override
    public String toString() {
        return wire;
    }
}
