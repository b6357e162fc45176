package vn.tiepdon.core.api;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/**
 * The {@code error} of an {@link ApiError}: a stable machine code with its HTTP status. What a
 * screen says for it lives in the bundles under {@link #messageKey()} ({@code error.<CODE>}), in
 * Vietnamese and English.
 */
public enum ErrorCode {
    /** The body or a parameter is not what the route takes. */
    BAD_REQUEST(400),
    /** A text field is longer than its limit (checked before any gateway call). */
    FIELD_TOO_LONG(400),
    /** The scanned or typed code is not a CCCD, BHYT or chip identity. */
    UNRECOGNISED_CODE(422),
    UNKNOWN_QUEUE(400),
    /** The check-in names a clinic that is not configured (the kiosk checks in again without it). */
    UNKNOWN_CLINIC(400),
    UNKNOWN_COUNTER(404),
    UNKNOWN_TICKET(404),
    NO_PORTRAIT(404),
    UNKNOWN_USER(404),
    UNKNOWN_DEVICE(404),
    /** No lookup with that id. */
    UNKNOWN_LOOKUP(404),
    /** No such route. */
    NOT_FOUND(404),
    METHOD_NOT_ALLOWED(405),
    /** The user name is taken. */
    USER_EXISTS(409),
    /** The last admin cannot be deleted. */
    LAST_ADMIN(409),
    /** The ticket is not in a state for that verb (returning a ticket that is not parked...). */
    WRONG_STATE(409),
    /** A kiosk's change of its own ticket came after the time allowed for it (the desk makes it then). */
    CHOICE_EXPIRED(409),
    /** The counter is paused: it calls nobody until it resumes. */
    COUNTER_PAUSED(409),
    /** The lookup needs no fixing (it succeeded, or was fixed already). */
    NOTHING_TO_FIX(409),
    /** The lookup got a definite answer from the gateway: there is no failed lookup to prove (QĐ 2555). */
    NOTHING_TO_PROVE(409),
    /** A change that needs a reason came without one. */
    REASON_REQUIRED(400),
    /** A new password that is too short or too long. */
    WEAK_PASSWORD(400),
    BODY_TOO_LARGE(413),
    /** No token, or a wrong, expired or revoked one. */
    UNAUTHENTICATED(401),
    /** Login refused: unknown user or wrong password (the same answer for both). */
    WRONG_PASSWORD(401),
    /** Too many wrong passwords: the account is locked until the time in the message. */
    ACCOUNT_LOCKED(423),
    /** The caller's role may not use this route, or this kiosk may not touch that ticket. */
    FORBIDDEN(403),
    /** The database cannot be reached. */
    STORAGE_UNAVAILABLE(503),
    INTERNAL(500),
    /** Client side: no server could be reached. */
    UNAVAILABLE(0),
    /** Client side: the server's answer could not be read. */
    INVALID_ANSWER(0),
    /** Client side: an HTTP error without an error body (a proxy's page...). */
    HTTP_ERROR(0),
    /** Client side: a code this client does not know (a newer server). */
    UNKNOWN(0);

    private final int httpStatus;

    ErrorCode(int httpStatus) {
        this.httpStatus = httpStatus;
    }

    /** The HTTP status the server answers with; 0 for codes only a client makes. */
    public int httpStatus() {
        return httpStatus;
    }

    /** The bundle key of the text a screen shows for this error. */
    public String messageKey() {
        return "error." + name();
    }

    @JsonValue
    public String wire() {
        return name();
    }

    /** The code named {@code name}; {@link #UNKNOWN} for one this version does not know. */
    @JsonCreator
    public static ErrorCode ofWire(String name) {
        return Arrays.stream(values()).filter(c -> c.name().equals(name)).findFirst().orElse(UNKNOWN);
    }
}
