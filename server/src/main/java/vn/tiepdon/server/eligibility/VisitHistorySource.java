package vn.tiepdon.server.eligibility;

import java.time.Instant;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;

/**
 * Where the desk's visit history comes from: the gateway's {@code Lskcb2025}
 * ({@link BhxhGatewayClient}), or something standing in front of it (a quota guard). Never asked on
 * the kiosk's path. Implementations answer by {@code deadline} and never throw for gateway trouble.
 */
@FunctionalInterface
public interface VisitHistorySource {
    VisitHistoryResult history(LookupRequest request, Instant deadline);

    /** No gateway configured: every request comes back {@code NOT_SENT}. */
    static VisitHistorySource unavailable() {
        return (request, deadline) -> new VisitHistoryResult.Failed(LookupOutcome.Reason.NOT_SENT,
                "no visit history source configured", false);
    }
}
