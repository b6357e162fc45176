package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A change in the hospital's link to the BHXH gateway that desks and admins must know of, carried
 * by the staff event stream ({@code gateway.stopped}, {@code gateway.resumed},
 * {@code gateway.outage.started}, {@code gateway.outage.ended}).
 *
 * @param kind   what happened
 * @param since  when the state began (the stop, or the first unanswered request of the outage)
 * @param ended  when it ended, for {@code RESUMED} and {@code OUTAGE_ENDED}
 * @param detail why, in English, without personal data (e.g. "restricted-account reply")
 */
public record GatewayNotice(Kind kind, Instant since, Optional<Instant> ended, String detail) {

    public enum Kind {
        /** Calls stopped: the account is restricted or refused after a fresh login. */
        STOPPED,
        /** An admin let calls go again. */
        RESUMED,
        /** No answer from the gateway for the outage threshold. */
        OUTAGE_STARTED,
        /** The gateway answered again. */
        OUTAGE_ENDED
    }

    public GatewayNotice {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(since, "since");
        ended = ended == null ? Optional.empty() : ended;
        Objects.requireNonNull(detail, "detail");
    }
}
