package vn.tiepdon.app.cli;

import java.awt.GraphicsEnvironment;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.ConfigException;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.wiring.ServerConnection;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.desk.DeskWindow;

/** {@code desk}: the receptionist's desk for one counter. */
@Command(name = "desk", mixinStandardHelpOptions = true,
        description = "Run the receptionist's desk for one counter: call, recall, skip, finish; see each ticket's lookup.")
public final class DeskCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--counter", description = "counter id (default: the first configured counter)")
    String counter;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("tiepdon: the desk needs a display (DISPLAY is not set)");
            return 1;
        }
        Settings s = config.load();
        HttpReceptionClient client = ServerConnection.client(s);
        SetupView setup = ServerConnection.awaitSetup(client, s, System.out);
        String counterId = counter != null ? counter
                : setup.counters().stream().findFirst().map(c -> c.id())
                        .orElseThrow(() -> new ConfigException("the server has no counter configured"));
        if (setup.counters().stream().noneMatch(c -> c.id().equals(counterId))) {
            throw new ConfigException("no counter '" + counterId + "' on the server");
        }
        SwingUtilities.invokeAndWait(() -> {
            DeskWindow.installLookAndFeel();
            new DeskWindow(client, setup, counterId, s.hospital().zone()).open();
        });
        Processes.runUntilStopped(client);
        return 0;
    }
}
