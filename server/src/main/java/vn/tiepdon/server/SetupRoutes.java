package vn.tiepdon.server;

import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/** {@code GET /api/v1/setup}: the hospital, its queues and counters, for every signed-in caller. */
public final class SetupRoutes implements Routes.Feature {
    private final HospitalSetup setup;

    public SetupRoutes(HospitalSetup setup) {
        this.setup = setup;
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/setup", Allowed.signedIn(), ex -> Reply.ok(setup.toView()));
    }
}
