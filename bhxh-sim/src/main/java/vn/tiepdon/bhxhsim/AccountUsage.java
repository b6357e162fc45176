package vn.tiepdon.bhxhsim;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One gateway account's lookups ({@code KQNhanLichSuKCB2024} and {@code Lskcb2025} together) as the
 * simulator counted them, by its clock.
 *
 * @param username           the account, {@code <maCSKCB>_BV}
 * @param requestsThisMinute lookups in the current calendar minute
 * @param requestsToday      lookups today (Vietnam time) since midnight or the last reset
 * @param requestsTotal      lookups since the simulator started (resets do not clear it)
 * @param restrictedUntil    when the account's restriction ends, if it is restricted now
 */
public record AccountUsage(String username, long requestsThisMinute, long requestsToday, long requestsTotal,
                           Optional<Instant> restrictedUntil) {

    public AccountUsage {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(restrictedUntil, "restrictedUntil");
    }

    /** True when every lookup of the account gets the restricted-account reply now. */
    public boolean restricted() {
        return restrictedUntil.isPresent();
    }
}
