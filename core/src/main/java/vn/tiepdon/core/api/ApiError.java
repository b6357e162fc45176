package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * Any API error: {@code error} is the stable machine code, {@code message} an English
 * explanation for logs, {@code patientMessage} the Vietnamese text of {@code error.<CODE>} from
 * the bundle (screens show their own language's text for the code). {@code until}: when a
 * temporary refusal ends (the end of an account lock).
 */
public record ApiError(ErrorCode error, String message, String patientMessage, Optional<Instant> until) {
    public ApiError {
        Objects.requireNonNull(error);
        Objects.requireNonNull(message);
        Objects.requireNonNull(patientMessage);
        until = until == null ? Optional.empty() : until;
    }

    public ApiError(ErrorCode error, String message, String patientMessage) {
        this(error, message, patientMessage, Optional.empty());
    }
}
