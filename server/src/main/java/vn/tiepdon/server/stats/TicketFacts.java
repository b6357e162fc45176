package vn.tiepdon.server.stats;

import java.util.Optional;
import java.util.OptionalLong;

/**
 * What the statistics keep of one ticket once its events are folded ({@link TicketHistory}).
 *
 * @param queueId        the queue it is in now (where it ended: after a transfer, the receiving queue)
 * @param hour           the hour of the day (0-23, hospital's zone) it was issued
 * @param counterId      the counter that last called it; empty when it was never called
 * @param outcome        served, no-show, or neither
 * @param waitingSeconds issue to first call; empty when never called
 * @param serviceSeconds last call (or recall) to finish; only for served tickets
 */
record TicketFacts(String queueId, int hour, Optional<String> counterId, Outcome outcome, OptionalLong waitingSeconds,
                   OptionalLong serviceSeconds) {

    /** How a ticket ended, as of the statistics. */
    enum Outcome {
        /** Finished at a counter (by {@code finish}, or served by the counter's next call). */
        SERVED,
        /** Called, then skipped (by hand or after too many recalls), and not restored since. */
        NO_SHOW,
        /** Anything else: still waiting, parked, restored and never called again, called and not closed. */
        NOT_SERVED
    }
}
