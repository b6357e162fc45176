package vn.tiepdon.app.wiring;

import java.io.PrintStream;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.SetupView;

/**
 * Connects a kiosk, desk or display to the server; waits for it when it is not up yet (7 a.m.
 * start-up), but not when the server refuses the device's token: a wrong token does not fix itself.
 */
public final class ServerConnection {
    /** How often {@link #awaitSetup} asks a server that does not answer. */
    public static final Duration RETRY_EVERY = Duration.ofSeconds(3);

    private ServerConnection() {
    }

    /** The client for the configured servers, sending {@code bearerToken} (a device token) when given. */
    public static HttpReceptionClient client(Settings s, Optional<String> bearerToken) {
        return new HttpReceptionClient(s.serverUrls(), bearerToken, s.clientTimeout());
    }

    /** The client for the configured servers; {@code TIEPDON_DEVICE_TOKEN} is sent when set. */
    public static HttpReceptionClient client(Settings s) {
        return client(s, Optional.ofNullable(System.getenv(DeviceTokens.ENV)).map(String::trim)
                .filter(t -> !t.isEmpty()));
    }

    /** A kiosk's or display's client (carrying its device token) and the server's setup. */
    public record Device(HttpReceptionClient client, SetupView setup) {
        public Device {
            Objects.requireNonNull(client);
            Objects.requireNonNull(setup);
        }
    }

    /**
     * Finds the device token ({@link DeviceTokens}), then waits for the server's setup. Empty after
     * saying why on {@code err} when there is no usable token or the server refuses it: the
     * command then exits 1 instead of waiting for ever.
     */
    public static Optional<Device> connectDevice(Settings s, Map<String, String> env, String deviceId, Role role,
                                                 PrintStream out, PrintStream err, Duration retryEvery)
            throws InterruptedException {
        DeviceTokens.Found found = DeviceTokens.find(env, s.tokenFile(), deviceId, role, err);
        if (found instanceof DeviceTokens.Found.Problem p) {
            err.println("tiepdon: " + p.message());
            return Optional.empty();
        }
        DeviceTokens.Found.Token token = (DeviceTokens.Found.Token) found;
        out.println("tiepdon: device token of " + deviceId + " from " + token.from());
        HttpReceptionClient client = client(s, Optional.of(token.token()));
        try {
            Outcome outcome = awaitSetup(client, s.serverUrls(), out, deviceId, role, retryEvery);
            if (outcome instanceof Outcome.Refused r) {
                err.println("tiepdon: " + r.message());
                client.close();
                return Optional.empty();
            }
            return Optional.of(new Device(client, ((Outcome.Ready) outcome).setup()));
        } catch (InterruptedException | RuntimeException e) {
            client.close();
            throw e;
        }
    }

    /** What waiting for the server came to. */
    public sealed interface Outcome permits Outcome.Ready, Outcome.Refused {
        /** A server answered with its setup. */
        record Ready(SetupView setup) implements Outcome {
            public Ready {
                Objects.requireNonNull(setup);
            }
        }

        /** A server refused the token (401) or its role (403); {@code message} says what to do. */
        record Refused(int httpStatus, String message) implements Outcome {
            public Refused {
                Objects.requireNonNull(message);
            }
        }
    }

    /**
     * The server's setup, asking every {@link #RETRY_EVERY} until a server answers. A 401 or 403
     * ends the wait. {@code deviceId} and {@code role} go into the message that says how to get a
     * token.
     */
    public static Outcome awaitSetup(ReceptionApi api, Settings s, PrintStream out, String deviceId, Role role)
            throws InterruptedException {
        return awaitSetup(api, s.serverUrls(), out, deviceId, role, RETRY_EVERY);
    }

    /** As above, with the server URLs (for the messages) and the pause between tries given. */
    public static Outcome awaitSetup(ReceptionApi api, List<String> serverUrls, PrintStream out, String deviceId,
                                     Role role, Duration retryEvery) throws InterruptedException {
        boolean told = false;
        String servers = String.join(", ", serverUrls);
        while (true) {
            try {
                return new Outcome.Ready(api.setup());
            } catch (ApiException e) {
                if (e.httpStatus() == 401 || e.httpStatus() == 403) {
                    return new Outcome.Refused(e.httpStatus(), refusal(e, servers, deviceId, role));
                }
                if (!told) {
                    out.println("tiepdon: waiting for the server at " + servers + " (" + e.getMessage() + ")");
                    told = true;
                }
                Thread.sleep(retryEvery.toMillis());
            }
        }
    }

    private static String refusal(ApiException e, String servers, String deviceId, Role role) {
        String code = e.error().map(ApiError::error).map(Enum::name).orElse("HTTP " + e.httpStatus());
        String howToGet = DeviceTokens.howToGet(deviceId, role, Optional.empty());
        if (e.httpStatus() == 401) {
            return "the server at " + servers + " refused this " + role.name().toLowerCase(java.util.Locale.ROOT)
                    + "'s device token (" + code + "): it is wrong, revoked, or from another server. "
                    + "Waiting will not help. An admin gets a new token with: " + howToGet;
        }
        return "the server at " + servers + " does not let this device token in (" + code + "): a "
                + role.name().toLowerCase(java.util.Locale.ROOT) + " needs a " + role.name() + " token. "
                + "An admin gets one with: " + howToGet;
    }
}
