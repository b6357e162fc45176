package vn.tiepdon.devices.smartcard;

import vn.tiepdon.core.identity.ChipFailure;

/**
 * A chip read stopped in a known way. The message is English, one line, without personal data;
 * it becomes {@link vn.tiepdon.core.identity.ChipReadResult.Failed#detail()}.
 */
public final class ChipDataException extends Exception {
    private static final long serialVersionUID = 1L;

    private final ChipFailure failure;

    public ChipDataException(ChipFailure failure, String detail) {
        super(detail);
        this.failure = failure;
    }

    public ChipDataException(ChipFailure failure, String detail, Throwable cause) {
        super(detail, cause);
        this.failure = failure;
    }

    public ChipFailure failure() {
        return failure;
    }
}
