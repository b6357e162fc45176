package vn.tiepdon.app.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;
import vn.tiepdon.app.Tiepdon;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.testing.InProcessServer;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.SetupView;

/**
 * {@code device-token} against a real server started in-process (H2 file, the admin created from
 * {@code TIEPDON_ADMIN_PASSWORD} as {@code ./tiepdon server} does): the printed token opens the API.
 */
class DeviceTokenCommandTest {
    @TempDir
    Path dir;
    final MutableClock clock = new MutableClock(java.time.Instant.parse("2026-11-22T01:00:00Z"),
            java.time.ZoneId.of("Asia/Ho_Chi_Minh"));
    final ByteArrayOutputStream out = new ByteArrayOutputStream();
    final ByteArrayOutputStream err = new ByteArrayOutputStream();
    final List<String> prompts = new ArrayList<>();
    InProcessServer server;

    @BeforeEach
    void start() {
        server = InProcessServer.start(dir, 0, "lockout: { attempts: 2, duration: \"15m\" }", clock);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private int run(Map<String, String> env, String id, String role, String... more) {
        return run(env, prompt -> {
            prompts.add(prompt);
            return Optional.empty();
        }, id, role, more);
    }

    private int run(Map<String, String> env, DeviceTokenCommand.PasswordPrompt prompt, String id, String role,
                    String... more) {
        DeviceTokenCommand command = new DeviceTokenCommand();
        List<String> args = new ArrayList<>(List.of("--id", id, "--role", role));
        args.addAll(List.of(more));
        new CommandLine(command).parseArgs(args.toArray(String[]::new));
        Settings settings = server.clientSettings();
        return command.run(settings, env, prompt, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Map<String, String> password(String password) {
        return Map.of("TIEPDON_ADMIN_PASSWORD", password);
    }

    @Test
    void printsTheTokenAloneAndTheTokenReadsTheSetup() {
        int exit = run(password(InProcessServer.ADMIN_PASSWORD), "kiosk-1", "KIOSK");

        assertThat(exit).as(err()).isZero();
        assertThat(out()).matches("[^\\s]+\\R");
        String token = out().trim();
        try (HttpReceptionClient kiosk = HttpReceptionClient.create(server.baseUrl(), token)) {
            SetupView setup = kiosk.setup();
            assertThat(setup.hospitalName()).isEqualTo(InProcessServer.HOSPITAL);
        }
        assertThat(server.server().access().devices())
                .anySatisfy(d -> assertThat(d.id() + " " + d.role()).isEqualTo("kiosk-1 KIOSK"));
        assertThat(err()).contains("kiosk-1 registered as KIOSK").doesNotContain(token);
        assertThat(prompts).as("no terminal question when the variable is set").isEmpty();
    }

    @Test
    void aDisplayTokenInLowerCaseRoleWorksToo() {
        assertThat(run(password(InProcessServer.ADMIN_PASSWORD), "display-1", "display")).as(err()).isZero();
        try (HttpReceptionClient display = HttpReceptionClient.create(server.baseUrl(), out().trim())) {
            assertThat(display.setup().counters()).hasSize(2);
        }
    }

    @Test
    void aNewTokenReplacesTheOldOne() {
        run(password(InProcessServer.ADMIN_PASSWORD), "kiosk-1", "KIOSK");
        String first = out().trim();
        out.reset();
        run(password(InProcessServer.ADMIN_PASSWORD), "kiosk-1", "KIOSK");
        String second = out().trim();

        assertThat(second).isNotEqualTo(first);
        try (HttpReceptionClient old = HttpReceptionClient.create(server.baseUrl(), first)) {
            assertThatThrownBy(old::setup).isInstanceOfSatisfying(ApiException.class,
                    e -> assertThat(e.httpStatus()).isEqualTo(401));
        }
    }

    @Test
    void asksForThePasswordOnTheTerminalWhenTheVariableIsNotSet() {
        int exit = run(Map.of(), prompt -> {
            prompts.add(prompt);
            return Optional.of(InProcessServer.ADMIN_PASSWORD.toCharArray());
        }, "kiosk-2", "KIOSK");

        assertThat(exit).as(err()).isZero();
        assertThat(prompts).containsExactly("Password of admin at " + server.baseUrl() + ": ");
        assertThat(out().trim()).isNotEmpty();
    }

    @Test
    void withoutTheVariableAndWithoutATerminalExits2() {
        int exit = run(Map.of(), "kiosk-1", "KIOSK");

        assertThat(exit).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).contains("tiepdon device-token: no password: set TIEPDON_ADMIN_PASSWORD",
                "run this command on a terminal");
    }

    @Test
    void aWrongPasswordExits2WithAClearMessage() {
        int exit = run(password("not-the-password"), "kiosk-1", "KIOSK");

        assertThat(exit).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).isEqualTo("tiepdon device-token: wrong user name or password for 'admin' at "
                + server.baseUrl() + System.lineSeparator());
        assertThat(server.server().access().devices()).isEmpty();
    }

    @Test
    void aLockedAccountExits2WithTheTimeTheLockEnds() {
        run(password("not-the-password"), "kiosk-1", "KIOSK");
        err.reset();
        // access.lockout.attempts is 2 here: the second wrong password locks the account for 15 minutes
        int exit = run(password("not-the-password"), "kiosk-1", "KIOSK");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("the account 'admin' is locked after too many wrong passwords until "
                + "2026-11-22 08:15 (Asia/Ho_Chi_Minh)");
        err.reset();
        assertThat(run(password(InProcessServer.ADMIN_PASSWORD), "kiosk-1", "KIOSK")).as("still locked").isEqualTo(2);
        assertThat(err()).contains("locked", "until 2026-11-22 08:15");
    }

    @Test
    void aPersonsRoleIsRefusedBeforeAnythingIsSent() {
        int exit = run(password(InProcessServer.ADMIN_PASSWORD), "kiosk-1", "RECEPTIONIST");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("--role must be KIOSK or DISPLAY, got 'RECEPTIONIST'");
        assertThat(run(password(InProcessServer.ADMIN_PASSWORD), "kiosk-1", "printer")).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(server.server().access().devices()).isEmpty();
    }

    @Test
    void anUnreachableServerExits2() {
        int exit = run(password(InProcessServer.ADMIN_PASSWORD), "kiosk-1", "KIOSK", "--server",
                "http://127.0.0.1:" + InProcessServer.freePort());

        assertThat(exit).isEqualTo(2);
        assertThat(out()).isEmpty();
        assertThat(err()).startsWith("tiepdon device-token: cannot reach the server at http://127.0.0.1:")
                .contains("is it running?");
    }

    @Test
    void aReceptionistMayNotRegisterDevices() {
        server.server().access().createUser("le-tan-1", "receptionist-pw", Role.RECEPTIONIST);

        int exit = run(password("receptionist-pw"), "kiosk-1", "KIOSK", "--user", "le-tan-1");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("'le-tan-1' is a RECEPTIONIST: registering a device needs an ADMIN");
        assertThat(server.server().access().devices()).isEmpty();
    }

    @Test
    void aBadDeviceIdIsTheServersRefusal() {
        int exit = run(password(InProcessServer.ADMIN_PASSWORD), "kiosk 1/x", "KIOSK");

        assertThat(exit).isEqualTo(2);
        assertThat(err()).contains("did not register kiosk 1/x: BAD_REQUEST (HTTP 400)");
    }

    @Test
    void answersHelpAsEveryCommandDoes() {
        CommandLine cli = new CommandLine(new Tiepdon());
        StringWriter help = new StringWriter();
        cli.setOut(new PrintWriter(help));
        assertThat(cli.execute("device-token", "--help")).isZero();
        assertThat(help.toString()).contains("Usage: tiepdon device-token", "--id", "--role", "--server", "--user",
                "TIEPDON_ADMIN_PASSWORD");
    }
}
