package vn.tiepdon.core.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.identity.CardKeys;

/**
 * Lookups that cannot succeed are not sent: a newborn's temporary card goes straight to the
 * receptionist ({@link LookupOutcome.Reason#TEMPORARY_CARD}), a number that cannot be a card or
 * CCCD number is refused ({@link LookupOutcome.Reason#MALFORMED_NUMBER}).
 */
public final class CardPrecheck {

    /** Why a request is not sent, with a detail free of personal data. */
    public record Refusal(LookupOutcome.Reason reason, String detail) {
        public Refusal {
            Objects.requireNonNull(reason, "reason");
            Objects.requireNonNull(detail, "detail");
        }
    }

    private CardPrecheck() {
    }

    /** Why {@code request} must not be sent; empty when it may be. */
    public static Optional<Refusal> refusal(LookupRequest request) {
        Objects.requireNonNull(request, "request");
        if (CardKeys.temporaryNewbornCard(request.cardKey(), request.registeredFacility())) {
            return Optional.of(new Refusal(LookupOutcome.Reason.TEMPORARY_CARD,
                    "temporary newborn card registered at " + CardKeys.TEMPORARY_FACILITY));
        }
        return CardKeys.malformed(request.cardKey())
                .map(why -> new Refusal(LookupOutcome.Reason.MALFORMED_NUMBER, why));
    }
}
