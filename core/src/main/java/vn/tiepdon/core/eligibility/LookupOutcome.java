package vn.tiepdon.core.eligibility;

import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one BHYT lookup as the kiosk and the desk see it: the gateway answered with a
 * result code, or it did not answer in time.
 */
public sealed interface LookupOutcome permits LookupOutcome.Answered, LookupOutcome.NoAnswer {

    LookupClass lookupClass();

    /** Short Vietnamese text for the kiosk screen and the ticket: what to do next. */
    String patientMessage();

    /** What exactly is wrong, for the receptionist (Vietnamese). */
    String staffMessage();

    /** Milliseconds from the first request to the outcome. */
    long millis();

    /** Gateway requests made, including retries. */
    int attempts();

    /** The gateway's {@code maKetQua}, when it answered. */
    default Optional<String> resultCode() {
        return Optional.empty();
    }

    /** The patient's name as the gateway answered it, when it did. */
    default Optional<String> answeredName() {
        return Optional.empty();
    }

    /** The gateway answered with a result code (known or not). */
    record Answered(String code, LookupClass lookupClass, String patientMessage, String staffMessage,
                    Optional<GatewayCard> card, long millis, int attempts) implements LookupOutcome {
        public Answered {
            Objects.requireNonNull(code);
            Objects.requireNonNull(lookupClass);
            Objects.requireNonNull(patientMessage);
            Objects.requireNonNull(staffMessage);
            Objects.requireNonNull(card);
        }

        @Override
        public Optional<String> resultCode() {
            return Optional.of(code);
        }

        @Override
        public Optional<String> answeredName() {
            return card.flatMap(GatewayCard::fullName);
        }
    }

    /** No result code: the budget ran out, the gateway was unreachable, or its answer was unreadable. */
    record NoAnswer(Reason reason, String detail, String patientMessage, String staffMessage,
                    long millis, int attempts) implements LookupOutcome {
        public NoAnswer {
            Objects.requireNonNull(reason);
            Objects.requireNonNull(detail);
            Objects.requireNonNull(patientMessage);
            Objects.requireNonNull(staffMessage);
        }

        @Override
        public LookupClass lookupClass() {
            return reason.lookupClass();
        }
    }

    enum Reason {
        /** The kiosk's time budget ran out before the gateway answered. */
        TIMEOUT,
        /** Connection refused, reset, DNS failure. */
        UNREACHABLE,
        /** HTTP error page, malformed JSON, missing fields. */
        BAD_RESPONSE,
        /** Login at /api/token/take failed. */
        LOGIN_FAILED,
        /**
         * The lookup was not sent: the circuit breaker is open, the account's request budget is
         * spent, calls are stopped (restricted account), or required data is missing.
         */
        NOT_SENT,
        /** Not sent because the gateway never knows the card: a temporary newborn card. */
        TEMPORARY_CARD,
        /** Not sent because the number cannot be a BHYT, CCCD or social-insurance number. */
        MALFORMED_NUMBER;

        /** The class of a lookup that got no answer for this reason. */
        public LookupClass lookupClass() {
            return switch (this) {
                case TEMPORARY_CARD -> LookupClass.TEMPORARY_CARD;
                case MALFORMED_NUMBER -> LookupClass.FIXABLE_DATA_ERROR;
                default -> LookupClass.GATEWAY_ERROR;
            };
        }

        /** True when asking again later may give an answer (false when the request cannot succeed). */
        public boolean retryable() {
            return lookupClass() == LookupClass.GATEWAY_ERROR;
        }
    }
}
