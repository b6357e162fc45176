package vn.tiepdon.server.eligibility;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.OutcomeKind;
import vn.tiepdon.core.eligibility.ResultCodes;

/**
 * One request sent to the gateway within a lookup, for the lookup log.
 *
 * @param number      1 for the first try, 2 for the retry within the budget
 * @param afterMillis when it started, in milliseconds after the lookup started
 * @param outcome     {@code ANSWERED} or {@code NO_ANSWER:<reason>}
 * @param code        the gateway's {@code maKetQua}, when it answered
 * @param millis      how long it took
 */
public record GatewayTry(int number, long afterMillis, OutcomeKind outcome, Optional<String> code,
                         LookupClass lookupClass, long millis) {

    public GatewayTry {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lookupClass, "lookupClass");
    }

    /** The try that gave {@code reply}. */
    static GatewayTry of(int number, long afterMillis, GatewayReply reply, long millis) {
        if (reply instanceof GatewayReply.Coded coded) {
            return new GatewayTry(number, afterMillis, OutcomeKind.ANSWERED, Optional.of(coded.code()),
                    ResultCodes.classify(coded.code()).lookupClass(), millis);
        }
        GatewayReply.Failed failed = (GatewayReply.Failed) reply;
        return new GatewayTry(number, afterMillis, OutcomeKind.noAnswer(failed.reason()), Optional.empty(),
                LookupClass.GATEWAY_ERROR, millis);
    }

    /** The one try a service that reports no tries of its own made: its final outcome. */
    public static GatewayTry summarising(LookupOutcome outcome) {
        return new GatewayTry(Math.max(1, outcome.attempts()), 0, OutcomeKind.of(outcome), outcome.resultCode(),
                outcome.lookupClass(), outcome.millis());
    }
}
