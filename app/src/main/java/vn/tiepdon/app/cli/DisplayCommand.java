package vn.tiepdon.app.cli;

import java.awt.GraphicsEnvironment;
import java.time.Clock;
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
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.devices.announce.VirtualAnnouncer;
import vn.tiepdon.devices.board.VirtualNumberBoard;
import vn.tiepdon.display.DisplayModel;
import vn.tiepdon.display.DisplayWindow;

/** {@code display}: the hall display, pushed by the server's event stream. */
@Command(name = "display", mixinStandardHelpOptions = true,
        description = "Run the hall display (full screen): the newest call large, the recent calls, a clock.")
public final class DisplayCommand implements Callable<Integer> {
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
        HttpReceptionClient client = ServerConnection.client(s);
        SetupView setup = ServerConnection.awaitSetup(client, s, System.out);
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
