package vn.tiepdon.desk;

import java.util.Objects;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.SessionView;
import vn.tiepdon.core.api.SetupView;

/**
 * The server calls of the login screen. Each may throw {@link vn.tiepdon.client.ApiException}
 * (unreachable, or the server's {@code ApiError}: {@code WRONG_PASSWORD}, {@code ACCOUNT_LOCKED}
 * with its {@code until}...).
 */
public interface DeskSignIn {
    /** {@code POST /api/v1/sessions}; later calls of the same client carry the session. */
    SessionView login(String user, String password);

    /** {@code GET /api/v1/setup}, as the logged-in person. */
    SetupView setup();

    /** {@code DELETE /api/v1/sessions}: ends the session (best effort). */
    void logout();

    /** The login of {@code client}, whose later calls then carry the session (the desk's {@code ReceptionApi}). */
    static DeskSignIn over(HttpReceptionClient client) {
        Objects.requireNonNull(client);
        return new DeskSignIn() {
            @Override
            public SessionView login(String user, String password) {
                return client.login(user, password);
            }

            @Override
            public SetupView setup() {
                return client.setup();
            }

            @Override
            public void logout() {
                client.logout();
            }
        };
    }
}
