package vn.tiepdon.server.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.GatewayCard;
import vn.tiepdon.core.eligibility.LookupOutcome;

/** What one lookup request to the gateway gave: a result code, or no usable answer. */
public sealed interface GatewayReply permits GatewayReply.Coded, GatewayReply.Failed {

    /** The HTTP response, when one came back. */
    Optional<ReceivedReply> received();

    /**
     * The gateway answered with a {@code maKetQua} (normalized, e.g. {@code 0} becomes {@code 000}).
     *
     * @param card the card fields, when the answer carried any
     */
    record Coded(String code, Optional<GatewayCard> card, Optional<ReceivedReply> received) implements GatewayReply {
        public Coded {
            Objects.requireNonNull(code, "code");
            Objects.requireNonNull(card, "card");
            Objects.requireNonNull(received, "received");
        }

        public Coded(String code, Optional<GatewayCard> card) {
            this(code, card, Optional.empty());
        }
    }

    /**
     * No result code.
     *
     * @param detail    technical detail without personal data or credentials
     * @param retryable true when asking again may help (network error, HTTP 5xx)
     */
    record Failed(LookupOutcome.Reason reason, String detail, boolean retryable, Optional<ReceivedReply> received)
            implements GatewayReply {
        public Failed {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
            Objects.requireNonNull(received, "received");
        }

        public Failed(LookupOutcome.Reason reason, String detail, boolean retryable) {
            this(reason, detail, retryable, Optional.empty());
        }
    }
}
