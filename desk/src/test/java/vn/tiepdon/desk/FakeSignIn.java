package vn.tiepdon.desk;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BiFunction;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.access.SessionView;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.queue.CounterDefinition;
import vn.tiepdon.core.queue.QueueDefinition;

/** The server's login as the tests script it; records the calls (passwords included, to check them). */
final class FakeSignIn implements DeskSignIn {
    static final SetupView SETUP = new SetupView("01999", "Bệnh viện Đa khoa Tỉnh Demo",
            List.of(new QueueDefinition("bhyt", "A", "Khám BHYT", false)),
            List.of(new CounterDefinition("1", "Quầy 1", List.of("bhyt")),
                    new CounterDefinition("2", "Quầy 2", List.of("bhyt"))));

    final List<String> calls = new CopyOnWriteArrayList<>();
    volatile BiFunction<String, String, SessionView> login = (u, p) -> session(Role.RECEPTIONIST);
    volatile RuntimeException setupFailure;
    volatile SetupView setup = SETUP;

    static SessionView session(Role role) {
        return new SessionView("ses_test", role, Instant.parse("2026-11-22T09:00:00Z"));
    }

    static ApiException error(int status, ErrorCode code, Optional<Instant> until) {
        return new ApiException(status, new ApiError(code, code.name().toLowerCase(), "văn bản", until));
    }

    static ApiException unreachable() {
        return new ApiException("No reception server reachable for POST /api/v1/sessions; tried http://127.0.0.1:1",
                new java.net.ConnectException("Connection refused"));
    }

    @Override
    public SessionView login(String user, String password) {
        calls.add("login " + user + " " + password);
        return login.apply(user, password);
    }

    @Override
    public SetupView setup() {
        calls.add("setup");
        if (setupFailure != null) {
            throw setupFailure;
        }
        return setup;
    }

    @Override
    public void logout() {
        calls.add("logout");
    }
}
