package vn.tiepdon.server.checkin;

/** The scanned or typed code is not a CCCD or BHYT code; the message is the parser's reason. */
public class UnrecognisedCodeException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public UnrecognisedCodeException(String reason) {
        super(reason);
    }
}
