package vn.tiepdon.server.overrides;

import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Exchange;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** Fixing a failed lookup at the desk, and its audit (receptionists, admins). */
public final class OverrideRoutes implements Routes.Feature {
    private final OverrideService overrides;

    public OverrideRoutes(OverrideService overrides) {
        this.overrides = overrides;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/lookups/{id}/override", Allowed.roles(Role.RECEPTIONIST), ex -> Reply.ok(
                overrides.override(lookupId(ex), ex.body(LookupOverride.class), ex.requireCaller().actor())));
        routes.get("/api/v1/lookups/{id}/audit", Allowed.roles(Role.RECEPTIONIST),
                ex -> Reply.ok(overrides.audit(lookupId(ex))));
    }

    private static long lookupId(Exchange ex) {
        try {
            return Long.parseLong(ex.path("id"));
        } catch (NumberFormatException e) {
            throw new ApiProblem(ErrorCode.BAD_REQUEST, "the lookup id must be a number");
        }
    }
}
