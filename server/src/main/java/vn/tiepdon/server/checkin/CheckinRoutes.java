package vn.tiepdon.server.checkin;

import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Caller;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** {@code POST /api/v1/checkins}: kiosks (each as itself only) and admins. */
public final class CheckinRoutes implements Routes.Feature {
    private final CheckinService checkins;

    public CheckinRoutes(CheckinService checkins) {
        this.checkins = checkins;
    }

    @Override
    public void register(Routes routes) {
        routes.post("/api/v1/checkins", Allowed.roles(Role.KIOSK), ex -> {
            Caller caller = ex.requireCaller();
            CheckinRequest request = ex.body(CheckinRequest.class);
            if (caller.role() == Role.KIOSK && !caller.name().equals(request.kioskId())) {
                throw new ApiProblem(ErrorCode.FORBIDDEN, "the token of kiosk '" + caller.name()
                        + "' cannot check in for another kiosk");
            }
            return Reply.created(checkins.checkIn(request, caller.actor()));
        });
    }
}
