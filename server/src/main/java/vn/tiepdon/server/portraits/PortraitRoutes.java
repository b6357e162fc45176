package vn.tiepdon.server.portraits;

import java.util.Map;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Caller;
import vn.tiepdon.server.http.Exchange;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/**
 * Chip portraits: a kiosk uploads the portrait of its own tickets only; receptionists and admins
 * read them.
 */
public final class PortraitRoutes implements Routes.Feature {
    private final PortraitService portraits;

    public PortraitRoutes(PortraitService portraits) {
        this.portraits = portraits;
    }

    @Override
    public void register(Routes routes) {
        routes.put("/api/v1/tickets/{id}/portrait", Allowed.roles(Role.KIOSK), ex -> {
            long ticketId = ticketId(ex);
            Caller caller = ex.requireCaller();
            if (caller.role() == Role.KIOSK && !portraits.issuedBy(ticketId, caller.name())) {
                throw new ApiProblem(ErrorCode.FORBIDDEN, "kiosk '" + caller.name()
                        + "' may only send the portrait of a ticket it issued");
            }
            portraits.store(ticketId, ex.body(Portrait.class));
            return Reply.ok(Map.of("stored", true));
        });
        routes.get("/api/v1/tickets/{id}/portrait", Allowed.roles(Role.RECEPTIONIST), ex -> {
            long ticketId = ticketId(ex);
            return Reply.ok(portraits.of(ticketId).orElseThrow(() -> new ApiProblem(ErrorCode.NO_PORTRAIT,
                    "ticket " + ticketId + " has no portrait")));
        });
    }

    private static long ticketId(Exchange ex) {
        String id = ex.path("id");
        try {
            return Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the ticket id must be a number");
        }
    }
}
