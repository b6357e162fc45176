package vn.tiepdon.app.cli;

import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.wiring.ServerConnection;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.desk.DeskMessages;
import vn.tiepdon.desk.DeskSession;
import vn.tiepdon.desk.DeskSignIn;
import vn.tiepdon.desk.DeskWindow;
import vn.tiepdon.desk.LoginModel;

/** {@code desk}: the receptionist's desk for one counter, after a login. */
@Command(name = "desk", mixinStandardHelpOptions = true,
        description = {"Run the receptionist's desk for one counter: call (next or a chosen number), recall, skip, finish,",
                "postpone, transfer, pause; the waiting, parked and skipped lists; fix a failed BHYT lookup.",
                "Opens with a login screen (a receptionist's or admin's user name and password); when the session",
                "ends (access.sessionTtl on the server) the login screen comes back."})
public final class DeskCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--counter", description = "counter id (default: the first configured counter)")
    String counter;

    @Option(names = "--language", description = "screen language: vi (default) or en", defaultValue = "vi")
    String language;

    @Override
    public Integer call() throws Exception {
        if (!language.equals("vi") && !language.equals("en")) {
            System.err.println("tiepdon: --language must be vi or en, not " + language);
            return 2;
        }
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("tiepdon: the desk needs a display (DISPLAY is not set)");
            return 1;
        }
        Settings s = config.load();
        // people log in; a device token (TIEPDON_DEVICE_TOKEN) is never sent by the desk
        HttpReceptionClient client = ServerConnection.client(s, Optional.empty());
        DeskSignIn signIn = DeskSignIn.over(client);
        DeskMessages messages = language.equals("en") ? new DeskMessages(java.util.Locale.ENGLISH)
                : DeskMessages.vietnamese();
        LoginModel login = new LoginModel(signIn, Optional.ofNullable(counter), messages,
                s.hospital().zone(), Clock.system(s.hospital().zone()));
        SwingUtilities.invokeAndWait(() -> {
            DeskWindow.installLookAndFeel();
            new DeskSession(client, signIn, login, s.hospital().zone(), () -> System.exit(0)).open();
        });
        Processes.runUntilStopped(client);
        return 0;
    }
}
