package vn.tiepdon.app.cli;

import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.wiring.ServerConnection;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.devices.announce.VirtualAnnouncer;
import vn.tiepdon.devices.board.VirtualNumberBoard;
import vn.tiepdon.display.DisplayModel;
import vn.tiepdon.display.DisplayWindow;

/** {@code display}: the hall display, pushed by the server's event stream. */
@Command(name = "display", mixinStandardHelpOptions = true,
        description = {"Run the hall display (full screen): the newest call large, the recent calls, a clock.",
                "Device token from TIEPDON_DEVICE_TOKEN, else the file client.tokenFile (mode 600); an admin makes",
                "one with ./tiepdon device-token --id display-1 --role DISPLAY. Exit 1 without a token or when the",
                "server refuses it."})
public final class DisplayCommand implements Callable<Integer> {
    /** The display's name in the "how to get a token" message (displays have no configured id). */
    static final String DEVICE_ID = "display-1";

    @Mixin
    ConfigOption config;

    @Option(names = "--window", description = "a normal window instead of full screen")
    boolean window;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("tiepdon: the display needs a display (DISPLAY is not set)");
            return 1;
        }
        Settings s = config.load();
        Optional<ServerConnection.Device> device = ServerConnection.connectDevice(s, System.getenv(), DEVICE_ID,
                Role.DISPLAY, System.out, System.err, ServerConnection.RETRY_EVERY);
        if (device.isEmpty()) {
            return 1;
        }
        HttpReceptionClient client = device.get().client();
        SetupView setup = device.get().setup();
        DisplayModel model = new DisplayModel(new VirtualNumberBoard(), new VirtualAnnouncer(), s.displayHistory());
        SwingUtilities.invokeAndWait(() -> {
            DisplayWindow.installLookAndFeel();
            DisplayWindow w = new DisplayWindow(model, setup.hospitalName(), Clock.system(s.hospital().zone()));
            w.subscribeTo(client);
            w.open(!window);
        });
        Processes.runUntilStopped(client);
        return 0;
    }
}
