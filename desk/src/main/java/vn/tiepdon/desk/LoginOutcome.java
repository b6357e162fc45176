package vn.tiepdon.desk;

import java.util.Objects;
import vn.tiepdon.core.access.SessionView;
import vn.tiepdon.core.api.SetupView;

/** What came of pressing "log in"; {@code message}s are in the desk's language. */
public sealed interface LoginOutcome {

    /** A receptionist or admin is logged in; the desk opens for {@code counterId}. */
    record SignedIn(String user, SessionView session, SetupView setup, String counterId) implements LoginOutcome {
        public SignedIn {
            Objects.requireNonNull(user);
            Objects.requireNonNull(session);
            Objects.requireNonNull(setup);
            Objects.requireNonNull(counterId);
        }
    }

    /** Not logged in: {@code message} says why and what to do. */
    record Failed(Problem problem, String message) implements LoginOutcome {
        public Failed {
            Objects.requireNonNull(problem);
            Objects.requireNonNull(message);
        }
    }

    /** Why a login failed. */
    enum Problem {
        /** User name or password left empty (nothing was sent). */
        MISSING_FIELDS,
        /** Unknown user or wrong password (the server gives the same answer for both). */
        WRONG_PASSWORD,
        /** Too many wrong passwords: locked until a time the message gives. */
        LOCKED,
        /** The session's role is not RECEPTIONIST or ADMIN. */
        NOT_STAFF,
        /** No server answered. */
        UNREACHABLE,
        /** The server has no such counter (the desk's {@code --counter}), or none at all. */
        NO_COUNTER,
        /** Any other error answer. */
        SERVER_ERROR,
        /** A login was already under way (a double press); this one was not sent. */
        BUSY
    }
}
