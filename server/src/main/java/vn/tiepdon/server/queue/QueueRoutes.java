package vn.tiepdon.server.queue;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CallRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.ReturnRequest;
import vn.tiepdon.core.api.TransferRequest;
import vn.tiepdon.core.queue.CounterVerb;
import vn.tiepdon.core.queue.TicketStatus;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.Exchange;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** Today's tickets, the counters and the receptionists' verbs (docs/api.md). */
public final class QueueRoutes implements Routes.Feature {
    private final QueueService queues;

    public QueueRoutes(QueueService queues) {
        this.queues = queues;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/tickets", Allowed.roles(Role.RECEPTIONIST),
                ex -> Reply.ok(queues.today(status(ex.query("status")))));
        routes.get("/api/v1/counters", Allowed.signedIn(), ex -> Reply.ok(queues.counters()));
        // before {verb}: a chosen ticket, by its number
        routes.post("/api/v1/counters/{id}/call", Allowed.roles(Role.RECEPTIONIST), ex -> {
            CallRequest call = ex.body(CallRequest.class);
            return Reply.ok(queues.call(ex.path("id"), call.number(), ex.requireCaller().actor()));
        });
        routes.post("/api/v1/counters/{id}/{verb}", Allowed.roles(Role.RECEPTIONIST), ex -> {
            CounterVerb verb = CounterVerb.ofPath(ex.path("verb")).orElseThrow(() -> new ApiProblem(
                    ErrorCode.NOT_FOUND, "no counter verb '" + ex.path("verb") + "'; the verbs are call, "
                    + Arrays.stream(CounterVerb.values()).map(CounterVerb::path).collect(Collectors.joining(", "))));
            QueueService.Outcome outcome = queues.counter(verb, ex.path("id"), ex.requireCaller().actor());
            if (outcome instanceof QueueService.Outcome.TicketChanged t) {
                return Reply.ok(t.ticket());
            }
            if (outcome instanceof QueueService.Outcome.CounterChanged c) {
                return Reply.ok(c.counter());
            }
            return Reply.noContent();
        });
        routes.post("/api/v1/tickets/{id}/transfer", Allowed.roles(Role.RECEPTIONIST), ex -> Reply.okOrNoContent(
                queues.transfer(ticketId(ex), ex.body(TransferRequest.class), ex.requireCaller().actor())));
        routes.post("/api/v1/tickets/{id}/return", Allowed.roles(Role.RECEPTIONIST), ex -> Reply.ok(
                queues.returnToQueue(ticketId(ex), ex.body(ReturnRequest.class).position(),
                        ex.requireCaller().actor())));
        routes.post("/api/v1/tickets/{id}/restore", Allowed.roles(Role.RECEPTIONIST),
                ex -> Reply.ok(queues.restore(ticketId(ex), ex.requireCaller().actor())));
    }

    private static long ticketId(Exchange ex) {
        try {
            return Long.parseLong(ex.path("id"));
        } catch (NumberFormatException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the ticket id must be a number");
        }
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
