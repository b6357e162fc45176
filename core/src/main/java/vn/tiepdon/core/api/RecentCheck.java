package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A check of the patient's card by another facility, as the gateway's card check listed it
 * ({@code dsLichSuKT2018}): the facility's 5-digit code ({@code maCSKCB}), when it checked, and the
 * message the gateway gave it ({@code thongBao}, when there was one). A recent one may mean the
 * patient is being treated there at the same time.
 */
public record RecentCheck(String facilityCode, Instant checkedAt, Optional<String> message) {
    public RecentCheck {
        Objects.requireNonNull(facilityCode);
        Objects.requireNonNull(checkedAt);
        message = message == null ? Optional.empty() : message;
    }
}
