package vn.tiepdon.core.identity;

import java.util.Objects;

/** The result of parsing one scanned or typed code: recognised, or rejected with a precise English reason. */
public sealed interface ParseResult permits ParseResult.Recognised, ParseResult.Rejected {

    record Recognised(IdentityDocument document) implements ParseResult {
        public Recognised {
            Objects.requireNonNull(document);
        }
    }

    /**
     * @param reason precise, English, one line, for logs and the {@code parse} command; it never
     *               contains the personal data that was scanned
     */
    record Rejected(String reason) implements ParseResult {
        public Rejected {
            Objects.requireNonNull(reason);
        }
    }
}
