package vn.tiepdon.server.http;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.ErrorCode;

/**
 * A request the server refuses for a known reason: answered with the code's HTTP status and an
 * {@code ApiError}. {@code getMessage()} is English and safe to show (no personal data, no class
 * names).
 */
public class ApiProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final ErrorCode code;
    private final transient Optional<Instant> until;

    public ApiProblem(ErrorCode code, String message) {
        this(code, message, Optional.empty());
    }

    /** A refusal that ends at {@code until} (an account lock). */
    public ApiProblem(ErrorCode code, String message, Optional<Instant> until) {
        super(message);
        this.code = Objects.requireNonNull(code);
        this.until = Objects.requireNonNull(until);
        if (code.httpStatus() < 400) {
            throw new IllegalArgumentException(code + " is not an error the server answers with");
        }
    }

    public ErrorCode code() {
        return code;
    }

    public Optional<Instant> until() {
        return until;
    }
}
