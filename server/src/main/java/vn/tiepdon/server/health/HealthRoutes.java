package vn.tiepdon.server.health;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import vn.tiepdon.server.http.Allowed;
import vn.tiepdon.server.http.Reply;
import vn.tiepdon.server.http.Routes;

/**
 * {@code GET /api/v1/health}, the one route without a token: 200 {@code {"status":"UP"}} when the
 * database answers, 503 {@code {"status":"DOWN","database":"DOWN"}} when it does not within the
 * timeout (for a load balancer or a monitoring check).
 */
public final class HealthRoutes implements Routes.Feature {
    private final StorageProbe storage;
    private final Duration timeout;

    public HealthRoutes(StorageProbe storage, Duration timeout) {
        this.storage = storage;
        this.timeout = timeout;
    }

    /** Asks the database a trivial question; empty when it answered in time, else why not. */
    @FunctionalInterface
    public interface StorageProbe {
        Optional<String> problem(Duration timeout);
    }

    @Override
    public void register(Routes routes) {
        routes.get("/api/v1/health", Allowed.anyone(), ex -> {
            Optional<String> problem = storage.problem(timeout);
            Map<String, String> body = new LinkedHashMap<>();
            body.put("status", problem.isEmpty() ? "UP" : "DOWN");
            body.put("database", problem.isEmpty() ? "UP" : "DOWN");
            return new Reply(problem.isEmpty() ? 200 : 503, Optional.of(body));
        });
    }
}
