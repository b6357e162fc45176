package vn.tiepdon.server.access;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How access works (config {@code access.*}): wrong passwords before an account locks, for how
 * long, how long a session lasts, and the password that creates the first admin
 * ({@code TIEPDON_ADMIN_PASSWORD}).
 */
public record AccessSettings(int lockoutAttempts, Duration lockoutDuration, Duration sessionTtl,
                             Optional<String> bootstrapAdminPassword) {
    public AccessSettings {
        if (lockoutAttempts < 1) {
            throw new IllegalArgumentException("access.lockout.attempts must be at least 1");
        }
        Objects.requireNonNull(lockoutDuration);
        Objects.requireNonNull(sessionTtl);
        if (lockoutDuration.isNegative() || lockoutDuration.isZero()) {
            throw new IllegalArgumentException("access.lockout.duration must be positive");
        }
        if (sessionTtl.isNegative() || sessionTtl.isZero()) {
            throw new IllegalArgumentException("access.sessionTtl must be positive");
        }
        Objects.requireNonNull(bootstrapAdminPassword);
    }

    /** 5 wrong passwords lock an account for 15 minutes; sessions last 8 hours; no bootstrap admin. */
    public static AccessSettings defaults() {
        return new AccessSettings(5, Duration.ofMinutes(15), Duration.ofHours(8), Optional.empty());
    }

    public AccessSettings withBootstrapAdminPassword(Optional<String> password) {
        return new AccessSettings(lockoutAttempts, lockoutDuration, sessionTtl, password);
    }

    @Override
    public String toString() {
        return "AccessSettings[lockoutAttempts=" + lockoutAttempts + ", lockoutDuration=" + lockoutDuration
                + ", sessionTtl=" + sessionTtl + ", bootstrapAdminPassword=" + (bootstrapAdminPassword.isPresent()
                ? "***" : "none") + "]";
    }
}
