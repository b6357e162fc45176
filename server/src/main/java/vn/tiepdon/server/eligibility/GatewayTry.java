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
 * @param caller      who asked
 * @param sent        what was sent, exactly (empty for a service that does not tell)
 * @param received    what came back, when a response did
 */
public record GatewayTry(int number, long afterMillis, OutcomeKind outcome, Optional<String> code,
                         LookupClass lookupClass, long millis, GatewayCaller caller, Optional<SentRequest> sent,
                         Optional<ReceivedReply> received) {

    public GatewayTry {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(lookupClass, "lookupClass");
        Objects.requireNonNull(caller, "caller");
        Objects.requireNonNull(sent, "sent");
        Objects.requireNonNull(received, "received");
    }

    /** The try that gave {@code reply}. */
    static GatewayTry of(int number, long afterMillis, GatewayReply reply, long millis, GatewayCaller caller,
                         SentRequest sent) {
        if (reply instanceof GatewayReply.Coded coded) {
            return new GatewayTry(number, afterMillis, OutcomeKind.ANSWERED, Optional.of(coded.code()),
                    ResultCodes.classify(coded.code()).lookupClass(), millis, caller, Optional.of(sent),
                    coded.received());
        }
        GatewayReply.Failed failed = (GatewayReply.Failed) reply;
        return new GatewayTry(number, afterMillis, OutcomeKind.noAnswer(failed.reason()), Optional.empty(),
                LookupClass.GATEWAY_ERROR, millis, caller, Optional.of(sent), failed.received());
    }

    /** The one try a service that reports no tries of its own made: its final outcome. */
    public static GatewayTry summarising(LookupOutcome outcome, GatewayCaller caller) {
        return new GatewayTry(Math.max(1, outcome.attempts()), 0, OutcomeKind.of(outcome), outcome.resultCode(),
                outcome.lookupClass(), outcome.millis(), caller, Optional.empty(), Optional.empty());
    }
}
