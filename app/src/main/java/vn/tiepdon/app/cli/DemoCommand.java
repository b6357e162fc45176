package vn.tiepdon.app.cli;

import java.awt.Dimension;
import java.awt.GraphicsEnvironment;
import java.awt.Toolkit;
import java.awt.event.WindowAdapter;
import java.awt.event.WindowEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import javax.swing.JFrame;
import javax.swing.SwingUtilities;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.demo.DemoMorning;
import vn.tiepdon.app.demo.DemoSystem;
import vn.tiepdon.core.api.SetupView;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.desk.DeskWindow;
import vn.tiepdon.devices.announce.VirtualAnnouncer;
import vn.tiepdon.devices.board.VirtualNumberBoard;
import vn.tiepdon.devices.printing.EscPosSlipRenderer;
import vn.tiepdon.devices.printing.EscPosTicketPrinter;
import vn.tiepdon.devices.printing.FilePrinterChannel;
import vn.tiepdon.devices.scanning.VirtualCodeScanner;
import vn.tiepdon.display.DisplayModel;
import vn.tiepdon.display.DisplayWindow;
import vn.tiepdon.kiosk.ChipStep;
import vn.tiepdon.kiosk.KioskModel;
import vn.tiepdon.kiosk.KioskOptions;
import vn.tiepdon.kiosk.KioskWindow;
import vn.tiepdon.kiosk.SlipFactory;

/** {@code demo}: everything in one process on an H2 file, virtual devices and the BHXH simulator. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = {"Run everything in one process: the server on an H2 file, bhxh-sim with its demo people,",
                "and the kiosk, desk and display windows on virtual devices (tickets printed as ESC/POS bytes",
                "to DIR/printer/kiosk-1.escpos). The kiosk registers for a clinic (the configured clinics, or eight",
                "sample ones). With no display, or --headless, run a scripted morning instead."})
public final class DemoCommand implements Callable<Integer> {
    @Mixin
    ConfigOption config;

    @Option(names = "--data", paramLabel = "DIR", description = "where the demo keeps its data (default: ~/.tiepdon)")
    Path data;

    @Option(names = "--headless", description = "run the scripted morning even when a display is available")
    boolean headless;

    @Override
    public Integer call() throws Exception {
        Settings s = config.load();
        Path home = data != null ? data.toAbsolutePath() : Path.of(System.getProperty("user.home"), ".tiepdon");
        Clock clock = Clock.system(s.hospital().zone());
        DemoSystem system = DemoSystem.start(s, home, clock);
        if (headless || GraphicsEnvironment.isHeadless()) {
            try {
                new DemoMorning(system, clock, System.out).run();
            } finally {
                system.close();
            }
            return 0;
        }
        CountDownLatch closed = new CountDownLatch(1);
        SetupView setup = system.kioskClient().setup();
        VirtualCodeScanner scanner = new VirtualCodeScanner();
        KioskModel kiosk = new KioskModel(system.kioskClient(), new IdentityParser(clock)::parse,
                new EscPosTicketPrinter(new EscPosSlipRenderer(EscPosSlipRenderer.WIDTH_80_MM),
                        new FilePrinterChannel(system.printerFile())),
                new SlipFactory(setup.hospitalName(), s.hospital().zone()), DemoSystem.KIOSK_ID, clock,
                new ChipStep(system.cards().reader(), clock, s.kiosk(Optional.empty()).cardReader().portrait()));
        kiosk.useOptions(KioskOptions.of(setup));
        DisplayModel display = new DisplayModel(new VirtualNumberBoard(), new VirtualAnnouncer(), s.displayHistory());
        String counter = setup.counters().get(0).id();
        SwingUtilities.invokeAndWait(() -> {
            KioskWindow.installLookAndFeel();
            Dimension screen = Toolkit.getDefaultToolkit().getScreenSize();
            int left = Math.min(960, screen.width / 2);
            KioskWindow k = KioskWindow.withDemoButtons(kiosk, scanner, system.cards().kioskButtons());
            k.readingWedgeScanners(vn.tiepdon.devices.scanning.WedgeTiming.defaults());
            k.open(false);
            k.setBounds(0, 0, left, screen.height);
            DeskWindow d = new DeskWindow(system.deskClient(), setup, counter, s.hospital().zone());
            d.open();
            int deskHeight = screen.height * 3 / 5;
            d.setBounds(left, 0, screen.width - left, deskHeight);
            DisplayWindow w = new DisplayWindow(display, setup.hospitalName(), clock);
            w.subscribeTo(system.displayClient());
            w.open(false);
            w.setBounds(left, deskHeight, screen.width - left, screen.height - deskHeight);
            for (JFrame f : new JFrame[] {k, d, w}) {
                f.setDefaultCloseOperation(JFrame.DISPOSE_ON_CLOSE);
                f.addWindowListener(new WindowAdapter() {
                    @Override
                    public void windowClosed(WindowEvent e) {
                        closed.countDown();
                    }
                });
            }
        });
        System.out.println("tiepdon demo running: server " + system.server().baseUrl() + ", bhxh-sim "
                + system.sim().baseUrl() + ", data " + home + ". Close a window or press Ctrl-C to stop.");
        Runtime.getRuntime().addShutdownHook(new Thread(closed::countDown, "tiepdon-demo-stop"));
        closed.await();
        scanner.close();
        system.close();
        System.exit(0);
        return 0;
    }
}
