package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One change to a lookup, as {@code GET /api/v1/lookups/{id}/audit} lists it: when, who
 * ({@code user:lan}), what ({@code action}), why ({@code reason}), and what came of it
 * ({@code detail}: the new lookup's class and code for a re-run, the masked card number accepted...).
 * The audit is written by the server only; no route changes or deletes it.
 */
public record AuditEntry(long id, long lookupId, Instant at, String actor, LookupOverride.Action action,
                         String reason, Optional<String> detail) {
    public AuditEntry {
        Objects.requireNonNull(at);
        Objects.requireNonNull(actor);
        Objects.requireNonNull(action);
        Objects.requireNonNull(reason);
        detail = detail == null ? Optional.empty() : detail;
    }
}
