package vn.tiepdon.core.identity;

import java.time.LocalDate;
import java.util.Objects;

/** How long a CCCD is valid: until a date (a 25th, 40th or 60th birthday), or for life. */
public sealed interface CardValidity permits CardValidity.Until, CardValidity.Lifetime {

    record Until(LocalDate expiry) implements CardValidity {
        public Until {
            Objects.requireNonNull(expiry, "expiry");
        }
    }

    /** A card issued at 58 or later (within two years of the 60th birthday, or after it). */
    record Lifetime() implements CardValidity {
    }
}
