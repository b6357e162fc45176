package vn.tiepdon.server.checkin;

import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.ApiProblem;

/** A kiosk asked for a queue that is not configured. */
public class UnknownQueueException extends ApiProblem {
    private static final long serialVersionUID = 1L;

    public UnknownQueueException(String queueId) {
        super(ErrorCode.UNKNOWN_QUEUE, "unknown queue: " + queueId);
    }
}
