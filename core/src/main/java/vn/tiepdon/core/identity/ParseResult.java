package vn.tiepdon.core.identity;

import java.util.Objects;
import java.util.Optional;

/** The result of parsing one scanned or typed code: recognised, or rejected with a precise English reason. */
public sealed interface ParseResult permits ParseResult.Recognised, ParseResult.Rejected {

    record Recognised(IdentityDocument document) implements ParseResult {
        public Recognised {
            Objects.requireNonNull(document);
        }
    }

    /**
     * @param reason  precise, English, one line, for logs and the {@code parse} command; it never
     *                contains the personal data that was scanned
     * @param refused present when the code was recognised by its shape as one that is refused
     *                (the COVID-era QR, the hospital's ticket QR): the kiosk answers it with its
     *                own message; empty for a code that is not recognised or is malformed
     */
    record Rejected(String reason, Optional<RefusedCode> refused) implements ParseResult {
        public Rejected {
            Objects.requireNonNull(reason);
            Objects.requireNonNull(refused);
        }

        /** A code not recognised, or malformed. */
        public Rejected(String reason) {
            this(reason, Optional.empty());
        }
    }
}
