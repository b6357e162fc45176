package vn.tiepdon.server.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.HallCall;
import vn.tiepdon.core.event.HallEvent;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.EventFeed;
import vn.tiepdon.server.http.Routes;

/**
 * The event streams by audience: {@code /api/v1/events} gives staff (receptionists, admins) every
 * event with the staff {@code TicketView}; {@code /api/v1/events/hall} gives boards (displays, and
 * staff) the hall's events as {@link HallCall}s: number, queue, counter, priority mark, never a name
 * or an identity. Both replay by {@code Last-Event-ID}; ids are the same on both.
 */
public final class EventRoutes implements Routes.Feature {
    private final EventLog events;
    private final Set<String> priorityQueues;

    public EventRoutes(EventLog events, HospitalSetup setup) {
        this.events = events;
        this.priorityQueues = setup.queues().stream().filter(QueueDefinition::priority).map(QueueDefinition::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public void register(Routes routes) {
        routes.events("/api/v1/events", Allowed.roles(Role.RECEPTIONIST), new StaffFeed());
        routes.events("/api/v1/events/hall", Allowed.roles(Role.DISPLAY, Role.RECEPTIONIST), new HallFeed());
    }

    /** The hall's view of a staff event. */
    public HallEvent toHall(ReceptionEvent e) {
        return new HallEvent(e.id(), e.type(), e.at(),
                e.ticket().map(t -> HallCall.of(t, priorityQueues.contains(t.queueId()))), e.counter());
    }

    private static EventFeed.Sent sent(ReceptionEvent e) {
        return new EventFeed.Sent(e.id(), e.type().wire(), e);
    }

    private final class StaffFeed implements EventFeed {
        @Override
        public List<Sent> after(long afterId, int limit) {
            return events.after(afterId, limit).stream().map(EventRoutes::sent).toList();
        }

        @Override
        public AutoCloseable subscribe(Consumer<Sent> sink) {
            return events.subscribe(e -> sink.accept(sent(e)));
        }
    }

    private final class HallFeed implements EventFeed {
        @Override
        public List<Sent> after(long afterId, int limit) {
            long from = afterId;
            while (true) {
                List<ReceptionEvent> page = events.after(from, limit);
                List<Sent> out = new ArrayList<>();
                for (ReceptionEvent e : page) {
                    if (e.type().forHall()) {
                        out.add(hall(e));
                    }
                }
                if (!out.isEmpty() || page.size() < limit) {
                    return out;
                }
                from = page.get(page.size() - 1).id();
            }
        }

        @Override
        public AutoCloseable subscribe(Consumer<Sent> sink) {
            return events.subscribe(e -> {
                if (e.type().forHall()) {
                    sink.accept(hall(e));
                }
            });
        }

        private Sent hall(ReceptionEvent e) {
            return new Sent(e.id(), e.type().wire(), toHall(e));
        }
    }
}
