package vn.tiepdon.core.access;

import java.time.Instant;
import java.util.Objects;

/**
 * {@code 201} to a login: the session's bearer token, the person's role, and when the session
 * ends (the person logs in again after that).
 */
public record SessionView(String token, Role role, Instant expiresAt) {
    public SessionView {
        Objects.requireNonNull(token);
        Objects.requireNonNull(role);
        Objects.requireNonNull(expiresAt);
    }

    @Override
    public String toString() {
        return "SessionView[token=***, role=" + role + ", expiresAt=" + expiresAt + "]";
    }
}
