package vn.tiepdon.app.wiring;

import java.io.PrintStream;
import java.util.Optional;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.api.SetupView;

/** Connects a kiosk, desk or display to the server; waits for it when it is not up yet (7 a.m. start-up). */
public final class ServerConnection {
    private ServerConnection() {
    }

    /** The client for the configured servers; {@code TIEPDON_DEVICE_TOKEN} is sent when set. */
    public static HttpReceptionClient client(Settings s) {
        return new HttpReceptionClient(s.serverUrls(), Optional.ofNullable(System.getenv("TIEPDON_DEVICE_TOKEN")),
                s.clientTimeout());
    }

    /** The server's setup, asking every 3 s until a server answers. */
    public static SetupView awaitSetup(HttpReceptionClient client, Settings s, PrintStream out)
            throws InterruptedException {
        boolean told = false;
        while (true) {
            try {
                return client.setup();
            } catch (ApiException e) {
                if (!told) {
                    out.println("tiepdon: waiting for the server at " + String.join(", ", s.serverUrls())
                            + " (" + e.getMessage() + ")");
                    told = true;
                }
                Thread.sleep(3000);
            }
        }
    }
}
