package vn.tiepdon.server.queue;

import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.ApiProblem;

/** A desk named a counter that is not configured. */
public class UnknownCounterException extends ApiProblem {
    private static final long serialVersionUID = 1L;

    public UnknownCounterException(String counterId) {
        super(ErrorCode.UNKNOWN_COUNTER, "unknown counter: " + counterId);
    }
}
