package vn.tiepdon.server.queue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** Today's tickets and the counter verbs: receptionists and admins. */
public final class QueueRoutes implements Routes.Feature {
    private final QueueService queues;

    public QueueRoutes(QueueService queues) {
        this.queues = queues;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/tickets", Allowed.roles(Role.RECEPTIONIST),
                ex -> Reply.ok(queues.today(status(ex.query("status")))));
        routes.post("/api/v1/counters/{id}/{verb}", Allowed.roles(Role.RECEPTIONIST), ex -> {
            CounterVerb verb = CounterVerb.ofPath(ex.path("verb")).orElseThrow(() -> new ApiProblem(
                    ErrorCode.NOT_FOUND, "no counter verb '" + ex.path("verb") + "'; the verbs are "
                    + Arrays.stream(CounterVerb.values()).map(CounterVerb::path).collect(Collectors.joining(", "))));
            return Reply.okOrNoContent(queues.counter(verb, ex.path("id"), ex.requireCaller().actor()));
        });
    }

    private static Optional<TicketStatus> status(Optional<String> text) {
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(TicketStatus.valueOf(text.get().toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "status must be one of "
                    + Arrays.toString(TicketStatus.values()));
        }
    }
}
