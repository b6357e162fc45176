package vn.tiepdon.core.identity;

/**
 * Internal signal of the identity parsers: the scanned text failed one rule. The message is the
 * final {@link ParseResult.Rejected} reason, so it never carries the scanned personal data.
 */
final class Rejection extends Exception {

    private static final long serialVersionUID = 1L;

    Rejection(String reason) {
        super(reason, null, false, false);
    }

    String reason() {
        return getMessage();
    }
}
