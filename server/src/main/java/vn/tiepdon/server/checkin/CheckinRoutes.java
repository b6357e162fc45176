package vn.tiepdon.server.checkin;

import java.util.Optional;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.http.Caller;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/**
 * {@code POST /api/v1/checkins}: kiosks (each as itself only) and admins.
 * {@code POST /api/v1/tickets/{id}/fee-paying}: the patient chose fee-paying after the lookup — the
 * kiosk that issued the ticket (within the choice window), receptionists and admins.
 */
public final class CheckinRoutes implements Routes.Feature {
    private final CheckinService checkins;
    private final FeePayingChoice feePaying;

    public CheckinRoutes(CheckinService checkins, FeePayingChoice feePaying) {
        this.checkins = checkins;
        this.feePaying = feePaying;
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
        routes.post("/api/v1/tickets/{id}/fee-paying", Allowed.roles(Role.KIOSK, Role.RECEPTIONIST), ex -> {
            Caller caller = ex.requireCaller();
            long ticketId;
            try {
                ticketId = Long.parseLong(ex.path("id"));
            } catch (NumberFormatException e) {
                throw new ApiProblem(ErrorCode.BAD_REQUEST, "the ticket id must be a number");
            }
            Optional<String> kiosk = caller.role() == Role.KIOSK ? Optional.of(caller.name()) : Optional.empty();
            return Reply.ok(feePaying.choose(ticketId, kiosk, caller.actor()));
        });
    }
}
