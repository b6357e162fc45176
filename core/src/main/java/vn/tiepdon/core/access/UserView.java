package vn.tiepdon.core.access;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/** A user as {@code GET /api/v1/users} lists it: never the password hash. */
public record UserView(String user, Role role, Instant createdAt, Optional<Instant> lockedUntil) {
    public UserView {
        Objects.requireNonNull(user);
        Objects.requireNonNull(role);
        Objects.requireNonNull(createdAt);
        lockedUntil = lockedUntil == null ? Optional.empty() : lockedUntil;
    }
}
