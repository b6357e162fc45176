package vn.tiepdon.app.cli;

import java.io.Console;
import java.io.PrintStream;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.DeviceToken;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.access.SessionView;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.ErrorCode;

/**
 * {@code device-token}: an admin registers a kiosk or display ({@code POST /api/v1/devices}) and
 * gets its token, printed alone on stdout so that it can go straight into a file.
 */
@Command(name = "device-token", mixinStandardHelpOptions = true,
        description = {"Register a kiosk or display with the server and print its new device token alone on one line",
                "(a device registered before gets a new token; its old one stops working). Logs in as --user",
                "with the password from TIEPDON_ADMIN_PASSWORD, or asks for it on the terminal. Keep the token",
                "secret: (umask 077; ./tiepdon device-token --id kiosk-1 --role KIOSK > ~/.tiepdon/device-token)",
                "and name that file in client.tokenFile, or give it as TIEPDON_DEVICE_TOKEN.",
                "Exit 0 with the token; 2 with the reason on stderr."})
public final class DeviceTokenCommand implements Callable<Integer> {
    public static final String PASSWORD_ENV = Settings.ADMIN_PASSWORD;
    private static final DateTimeFormatter LOCKED_UNTIL = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    @Mixin
    ConfigOption config;

    @Option(names = "--id", required = true, paramLabel = "ID", description = "the device's id, e.g. kiosk-1")
    String id;

    @Option(names = "--role", required = true, paramLabel = "KIOSK|DISPLAY", description = "KIOSK or DISPLAY")
    String role;

    @Option(names = "--server", paramLabel = "URL", description = "server base URL (default: the first of "
            + "client.servers, or of TIEPDON_SERVER_URLS)")
    String server;

    @Option(names = "--user", defaultValue = "admin", paramLabel = "USER",
            description = "an admin's user name (default: ${DEFAULT-VALUE})")
    String user;

    /** Asks for the password without echo; empty when there is no terminal. */
    public interface PasswordPrompt {
        Optional<char[]> ask(String prompt);

        static PasswordPrompt console() {
            return prompt -> {
                Console console = System.console();
                return console == null ? Optional.empty() : Optional.ofNullable(console.readPassword("%s", prompt));
            };
        }
    }

    @Override
    public Integer call() {
        return run(config.load(), System.getenv(), PasswordPrompt.console(), System.out, System.err);
    }

    /** The command with its configuration, environment and terminal given (for tests). */
    int run(Settings settings, Map<String, String> env, PasswordPrompt prompt, PrintStream out, PrintStream err) {
        Optional<Role> deviceRole = Arrays.stream(Role.values())
                .filter(r -> r.name().equalsIgnoreCase(role.trim()) && r.device()).findFirst();
        if (deviceRole.isEmpty()) {
            return fail(err, "--role must be KIOSK or DISPLAY, got '" + role + "' (people log in with a password "
                    + "instead of a device token)");
        }
        String url = server != null ? server : settings.serverUrls().get(0);
        if (!url.startsWith("http://") && !url.startsWith("https://")) {
            return fail(err, "--server must be an http(s) URL, got '" + url + "'");
        }
        Optional<String> password = password(env, prompt, url);
        if (password.isEmpty()) {
            return fail(err, "no password: set " + PASSWORD_ENV + ", or run this command on a terminal to be asked "
                    + "for the password of '" + user + "'");
        }
        try (HttpReceptionClient client = new HttpReceptionClient(List.of(url), Optional.empty(),
                settings.clientTimeout())) {
            SessionView session;
            try {
                session = client.login(user, password.get());
            } catch (ApiException e) {
                return fail(err, loginProblem(e, url, settings.hospital().zone()));
            } catch (IllegalArgumentException e) {
                return fail(err, e.getMessage());
            }
            try {
                if (session.role() != Role.ADMIN) {
                    return fail(err, "'" + user + "' is a " + session.role() + ": registering a device needs an ADMIN");
                }
                DeviceToken token = client.registerDevice(id, deviceRole.get());
                out.println(token.token());
                err.println("tiepdon device-token: " + id + " registered as " + deviceRole.get()
                        + " at " + url + " (any earlier token of " + id + " no longer works)");
                return 0;
            } catch (ApiException e) {
                return fail(err, "the server at " + url + " did not register " + id + ": " + describe(e));
            } catch (IllegalArgumentException e) {
                return fail(err, e.getMessage());
            } finally {
                logOut(client);
            }
        }
    }

    private Optional<String> password(Map<String, String> env, PasswordPrompt prompt, String url) {
        Optional<String> fromEnv = Optional.ofNullable(env.get(PASSWORD_ENV)).filter(p -> !p.isEmpty());
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        Optional<char[]> typed = prompt.ask("Password of " + user + " at " + url + ": ");
        if (typed.isEmpty()) {
            return Optional.empty();
        }
        String password = new String(typed.get());
        Arrays.fill(typed.get(), '\0');
        return Optional.of(password).filter(p -> !p.isEmpty());
    }

    private String loginProblem(ApiException e, String url, ZoneId zone) {
        Optional<ApiError> error = e.error();
        if (error.isEmpty()) {
            return "cannot reach the server at " + url + " (" + e.getMessage() + "): is it running? (--server URL)";
        }
        ErrorCode code = error.get().error();
        if (code == ErrorCode.WRONG_PASSWORD) {
            return "wrong user name or password for '" + user + "' at " + url;
        }
        if (code == ErrorCode.ACCOUNT_LOCKED) {
            return "the account '" + user + "' is locked after too many wrong passwords"
                    + error.get().until().map(t -> " until " + lockedUntil(t, zone)).orElse("")
                    + "; try again then";
        }
        return "the server at " + url + " refused the login: " + describe(e);
    }

    static String lockedUntil(Instant until, ZoneId zone) {
        return LOCKED_UNTIL.format(until.atZone(zone)) + " (" + zone.getId() + ")";
    }

    private static String describe(ApiException e) {
        return e.error().map(a -> a.error().name() + " (HTTP " + e.httpStatus() + "): " + a.message())
                .orElse(String.valueOf(e.getMessage()));
    }

    private static void logOut(HttpReceptionClient client) {
        try {
            client.logout();
        } catch (RuntimeException e) {
            // the session ends by itself after access.sessionTtl; nothing more to do
        }
    }

    private static int fail(PrintStream err, String message) {
        err.println("tiepdon device-token: " + message);
        return 2;
    }
}
