package vn.tiepdon.server.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupOutcome;

/** What one lookup request to the gateway gave: a result code, or no usable answer. */
public sealed interface GatewayReply permits GatewayReply.Coded, GatewayReply.Failed {

    /**
     * The gateway answered with a {@code maKetQua} (normalized, e.g. {@code 0} becomes {@code 000}).
     *
     * @param card the card fields, when the answer carried any
     */
    record Coded(String code, Optional<GatewayCard> card) implements GatewayReply {
        public Coded {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(card, "card");
        }
    }

    /**
     * No result code.
     *
     * @param detail    technical detail without personal data or credentials
     * @param retryable true when asking again may help (network error, HTTP 5xx)
     */
    record Failed(LookupOutcome.Reason reason, String detail, boolean retryable) implements GatewayReply {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }
}
