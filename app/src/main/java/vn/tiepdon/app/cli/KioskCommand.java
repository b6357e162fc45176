package vn.tiepdon.app.cli;

import java.awt.GraphicsEnvironment;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.config.TiepdonConfig;
import vn.tiepdon.app.demo.DemoCards;
import vn.tiepdon.app.demo.DemoCodes;
import vn.tiepdon.app.wiring.Devices;
import vn.tiepdon.app.wiring.ServerConnection;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.access.Role;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.devices.scanning.CodeScanner;
import vn.tiepdon.devices.scanning.VirtualCodeScanner;
import vn.tiepdon.devices.smartcard.CardReader;
import vn.tiepdon.kiosk.ChipStep;
import vn.tiepdon.kiosk.DemoButton;
import vn.tiepdon.kiosk.KioskModel;
import vn.tiepdon.kiosk.KioskOptions;
import vn.tiepdon.kiosk.KioskWindow;
import vn.tiepdon.kiosk.SlipFactory;

/** {@code kiosk}: the self check-in kiosk alone, talking to the server in client.servers. */
@Command(name = "kiosk", mixinStandardHelpOptions = true,
        description = {"Run the self check-in kiosk (full screen). Devices from the kiosks entry of the configuration;",
                "server URLs from client.servers or TIEPDON_SERVER_URLS.",
                "Device token from TIEPDON_DEVICE_TOKEN, else the file client.tokenFile (mode 600); an admin makes",
                "one with ./tiepdon device-token --id KIOSK --role KIOSK. Exit 1 without a token or when the",
                "server refuses it."})
public final class KioskCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--id", description = "kiosk id under 'kiosks' (default: the first)")
    String id;

    @Option(names = "--window", description = "a normal window instead of full screen")
    boolean window;

    @Override
    public Integer call() throws Exception {
        if (GraphicsEnvironment.isHeadless()) {
            System.err.println("tiepdon: the kiosk needs a display (DISPLAY is not set)");
            return 1;
        }
        Settings s = config.load();
        TiepdonConfig.Kiosk kiosk = s.kiosk(Optional.ofNullable(id));
        Optional<ServerConnection.Device> device = ServerConnection.connectDevice(s, System.getenv(), kiosk.id(),
                Role.KIOSK, System.out, System.err, ServerConnection.RETRY_EVERY);
        if (device.isEmpty()) {
            return 1;
        }
        HttpReceptionClient client = device.get().client();
        SetupView setup = device.get().setup();
        CodeScanner scanner = Devices.scanner(kiosk);
        Clock clock = Clock.system(s.hospital().zone());
        Optional<DemoCards> demoCards = kiosk.cardReader().type().equals("virtual")
                ? Optional.of(DemoCards.create(clock)) : Optional.empty();
        Optional<CardReader> reader = demoCards.<CardReader>map(DemoCards::reader)
                .or(() -> Devices.pcscCardReader(kiosk, clock));
        List<DemoButton> buttons = new ArrayList<>();
        demoCards.ifPresent(cards -> buttons.addAll(cards.kioskButtons().subList(0, 3)));
        if (scanner instanceof VirtualCodeScanner) {
            DemoCodes.kioskSamples().forEach(e -> buttons.add(DemoButton.scan(e.getKey(), e.getValue())));
        }
        CodeScanner codes = Devices.withCamera(kiosk, scanner, clock);
        KioskModel model = new KioskModel(client, new IdentityParser(clock)::parse, Devices.printer(kiosk),
                new SlipFactory(setup.hospitalName(), s.hospital().zone()), kiosk.id(), clock,
                reader.map(r -> new ChipStep(r, clock, kiosk.cardReader().portrait())).orElseGet(ChipStep::none));
        model.useOptions(KioskOptions.of(setup));
        SwingUtilities.invokeAndWait(() -> {
            KioskWindow.installLookAndFeel();
            KioskWindow kioskWindow = KioskWindow.withDemoButtons(model, codes, buttons);
            Devices.wedge(kiosk).ifPresent(kioskWindow::readingWedgeScanners);
            kioskWindow.open(!window);
        });
        Processes.runUntilStopped(codes, client);
        return 0;
    }
}
