package vn.tiepdon.server.checkin;

import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.server.http.ApiProblem;

/** The scanned or typed code is not a CCCD or BHYT code; the message is the parser's reason. */
public class UnrecognisedCodeException extends ApiProblem {
    private static final long serialVersionUID = 1L;

    public UnrecognisedCodeException(String reason) {
        super(ErrorCode.UNRECOGNISED_CODE, reason);
    }
}
