package vn.tiepdon.server.history;

import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Exchange;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** The patient's BHYT visit history for the desk (receptionists, admins; never kiosks or displays). */
public final class VisitHistoryRoutes implements Routes.Feature {
    private final VisitHistoryService history;

    public VisitHistoryRoutes(VisitHistoryService history) {
        this.history = history;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/lookups/{id}/history", Allowed.roles(Role.RECEPTIONIST),
                ex -> Reply.ok(history.history(lookupId(ex))));
    }

    private static long lookupId(Exchange ex) {
        try {
            return Long.parseLong(ex.path("id"));
        } catch (NumberFormatException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the lookup id must be a number");
        }
    }
}
