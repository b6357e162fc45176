package vn.tiepdon.core.eligibility;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/**
 * The kind of a lookup's outcome as the API and the lookup log show it: {@code ANSWERED}, or
 * {@code NO_ANSWER:<reason>} ({@link #wire()}).
 */
public enum OutcomeKind {
    ANSWERED(Optional.empty()),
    NO_ANSWER_TIMEOUT(Optional.of(LookupOutcome.Reason.TIMEOUT)),
    NO_ANSWER_UNREACHABLE(Optional.of(LookupOutcome.Reason.UNREACHABLE)),
    NO_ANSWER_BAD_RESPONSE(Optional.of(LookupOutcome.Reason.BAD_RESPONSE)),
    NO_ANSWER_LOGIN_FAILED(Optional.of(LookupOutcome.Reason.LOGIN_FAILED)),
    NO_ANSWER_NOT_SENT(Optional.of(LookupOutcome.Reason.NOT_SENT)),
    NO_ANSWER_TEMPORARY_CARD(Optional.of(LookupOutcome.Reason.TEMPORARY_CARD)),
    NO_ANSWER_MALFORMED_NUMBER(Optional.of(LookupOutcome.Reason.MALFORMED_NUMBER));

    private final Optional<LookupOutcome.Reason> reason;

    OutcomeKind(Optional<LookupOutcome.Reason> reason) {
        this.reason = reason;
    }

    /** Why there was no answer; empty for {@link #ANSWERED}. */
    public Optional<LookupOutcome.Reason> reason() {
        return reason;
    }

    public boolean answered() {
        return reason.isEmpty();
    }

    /** {@code ANSWERED} or {@code NO_ANSWER:TIMEOUT}... */
    @JsonValue
    public String wire() {
        return reason.map(r -> "NO_ANSWER:" + r.name()).orElse("ANSWERED");
    }

    public static OutcomeKind of(LookupOutcome outcome) {
        return outcome instanceof LookupOutcome.NoAnswer n ? noAnswer(n.reason()) : ANSWERED;
    }

    public static OutcomeKind noAnswer(LookupOutcome.Reason reason) {
        return Arrays.stream(values()).filter(k -> k.reason.equals(Optional.of(reason))).findFirst().orElseThrow();
    }

    @JsonCreator
    public static OutcomeKind ofWire(String text) {
        return Arrays.stream(values()).filter(k -> k.wire().equals(text)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown lookup outcome: " + text));
    }

    @Override
    public String toString() {
        return wire();
    }
}
