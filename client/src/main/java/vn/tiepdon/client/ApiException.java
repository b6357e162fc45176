package vn.tiepdon.client;

import java.util.Optional;
import vn.tiepdon.core.api.ApiError;

/** The server could not be reached, or answered with an error. */
public class ApiException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient Optional<ApiError> error;
    private final int httpStatus;

    public ApiException(String message, Throwable cause) {
        super(message, cause);
        this.error = Optional.empty();
        this.httpStatus = 0;
    }

    public ApiException(int httpStatus, ApiError error) {
        super(error.error() + ": " + error.message());
        this.error = Optional.of(error);
        this.httpStatus = httpStatus;
    }

    /** The server's error answer; empty when the server could not be reached. */
    public Optional<ApiError> error() {
        return error;
    }

    /** HTTP status, 0 when the server could not be reached. */
    public int httpStatus() {
        return httpStatus;
    }
}
