package vn.tiepdon.core.api;

import java.util.Objects;

/**
 * Any API error: {@code error} is a stable machine code ({@code UNRECOGNISED_CODE},
 * {@code UNKNOWN_COUNTER}...), {@code message} an English explanation for logs,
 * {@code patientMessage} a Vietnamese text a screen may show.
 */
public record ApiError(String error, String message, String patientMessage) {
    public ApiError {
        Objects.requireNonNull(error);
        Objects.requireNonNull(message);
        Objects.requireNonNull(patientMessage);
    }
}
