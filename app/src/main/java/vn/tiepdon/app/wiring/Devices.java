package vn.tiepdon.app.wiring;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import vn.tiepdon.app.config.ConfigException;
import vn.tiepdon.app.config.Settings;
import vn.tiepdon.app.config.TiepdonConfig;
import vn.tiepdon.devices.camera.CameraCodeScanner;
import vn.tiepdon.devices.camera.DecoderChain;
import vn.tiepdon.devices.camera.Debouncer;
import vn.tiepdon.devices.camera.FfmpegCamera;
import vn.tiepdon.devices.camera.FfmpegInput;
import vn.tiepdon.devices.printing.EscPosSlipRenderer;
import vn.tiepdon.devices.printing.EscPosTicketPrinter;
import vn.tiepdon.devices.printing.FilePrinterChannel;
import vn.tiepdon.devices.printing.SerialPrinterChannel;
import vn.tiepdon.devices.printing.SpoolerPrinterChannel;
import vn.tiepdon.devices.printing.TcpPrinterChannel;
import vn.tiepdon.devices.printing.TicketPrinter;
import vn.tiepdon.devices.printing.VirtualTicketPrinter;
import vn.tiepdon.devices.scanning.CodeScanner;
import vn.tiepdon.devices.smartcard.CardReader;
import vn.tiepdon.devices.smartcard.ChipContentReader;
import vn.tiepdon.devices.smartcard.CscaTrustStore;
import vn.tiepdon.devices.smartcard.PassiveAuthenticator;
import vn.tiepdon.devices.smartcard.PcscCardReader;
import vn.tiepdon.devices.smartcard.TerminalSource;
import vn.tiepdon.devices.scanning.SerialCodeScanner;
import vn.tiepdon.devices.scanning.StreamCodeScanner;
import vn.tiepdon.devices.scanning.WedgeTiming;
import vn.tiepdon.devices.scanning.VirtualCodeScanner;

/** Builds a kiosk's devices from its configuration. No rules: the config says which adapter. */
public final class Devices {
    private Devices() {
    }

    public static TicketPrinter printer(TiepdonConfig.Kiosk kiosk) {
        TiepdonConfig.Printer p = kiosk.printer();
        EscPosSlipRenderer renderer = new EscPosSlipRenderer(p.width());
        return switch (p.type()) {
            case "file" -> new EscPosTicketPrinter(renderer, new FilePrinterChannel(Path.of(Settings.expandHome(p.path()))));
            case "tcp" -> new EscPosTicketPrinter(renderer, new TcpPrinterChannel(p.host(), p.port(), Duration.ofSeconds(2)));
            case "serial" -> new EscPosTicketPrinter(renderer, new SerialPrinterChannel(required(p.path(), "path", kiosk),
                    p.baud(), Duration.ofSeconds(2)));
            case "spooler" -> new EscPosTicketPrinter(renderer, new SpoolerPrinterChannel(required(p.queue(), "queue", kiosk),
                    Duration.ofSeconds(20)));
            case "virtual" -> new VirtualTicketPrinter(kiosk.id(), renderer);
            default -> throw new ConfigException("unknown printer type '" + p.type() + "' for kiosk " + kiosk.id());
        };
    }

    private static String required(String value, String key, TiepdonConfig.Kiosk kiosk) {
        if (value == null || value.isBlank()) {
            throw new ConfigException("kiosk " + kiosk.id() + ": printer." + key + " is required for printer type '"
                    + kiosk.printer().type() + "'");
        }
        return value;
    }

    /**
     * The configured CCCD chip reader: empty for {@code none} and {@code virtual} (the caller
     * builds the virtual twin with its demo cards); for {@code pcsc}, the first PC/SC reader whose
     * name matches {@code cardReader.name}, verifying chips against the CSCA certificates in the
     * {@code cardReader.csca} folder (none configured: verdict UNTRUSTED_CHAIN).
     */
    public static Optional<CardReader> pcscCardReader(TiepdonConfig.Kiosk kiosk, Clock clock) {
        TiepdonConfig.CardReader r = kiosk.cardReader();
        if (!r.type().equals("pcsc")) {
            return Optional.empty();
        }
        CscaTrustStore trust = CscaTrustStore.none();
        if (r.csca() != null) {
            Path folder = Path.of(Settings.expandHome(r.csca()));
            try {
                trust = CscaTrustStore.load(folder);
            } catch (IOException e) {
                throw new ConfigException("kiosk " + kiosk.id() + ": cannot read the CSCA folder " + folder + ": "
                        + e.getMessage(), e);
            }
        }
        Pattern name = Pattern.compile(r.name() == null ? ".*" : r.name(), Pattern.CASE_INSENSITIVE);
        return Optional.of(new PcscCardReader(TerminalSource.pcsc(), name,
                new ChipContentReader(new PassiveAuthenticator(trust), clock), Duration.ofMillis(250), true));
    }

    /** The configured scanner; {@code virtual} gives a scanner fed by the on-screen sample codes. */
    public static CodeScanner scanner(TiepdonConfig.Kiosk kiosk) {
        TiepdonConfig.Scanner s = kiosk.scanner();
        return switch (s.type()) {
            case "virtual" -> new VirtualCodeScanner();
            case "stdin" -> new StreamCodeScanner("stdin", System.in);
            case "device" -> {
                Path path = Path.of(s.path());
                try {
                    yield new StreamCodeScanner(path.getFileName().toString(), Files.newInputStream(path));
                } catch (IOException e) {
                    throw new ConfigException("kiosk " + kiosk.id() + ": cannot open scanner device " + path + ": "
                            + e.getMessage(), e);
                }
            }
            case "serial" -> new SerialCodeScanner(Settings.serialScanner("kiosk " + kiosk.id(), "scanner", s));
            default -> throw new ConfigException("unknown scanner type '" + s.type() + "' for kiosk " + kiosk.id());
        };
    }

    /** The keyboard-wedge rule for the kiosk window; empty when {@code scanner.wedge.enabled} is false. */
    public static Optional<WedgeTiming> wedge(TiepdonConfig.Kiosk kiosk) {
        TiepdonConfig.Wedge w = kiosk.scanner().wedge();
        return w.enabled() ? Optional.of(Settings.wedgeTiming("kiosk " + kiosk.id(), "scanner.wedge", w))
                : Optional.empty();
    }

    /**
     * {@code scanner} plus the camera when {@code kiosk.camera} is configured (ffmpeg reading
     * {@code camera.input}, BoofCV then ZXing, the same code within {@code camera.debounce}
     * reported once); {@code scanner} alone otherwise.
     */
    public static CodeScanner withCamera(TiepdonConfig.Kiosk kiosk, CodeScanner scanner, Clock clock) {
        TiepdonConfig.Camera c = kiosk.camera();
        if (c == null) {
            return scanner;
        }
        List<String> options = c.format().isBlank() ? List.of() : List.of("-f", c.format());
        FfmpegInput input = new FfmpegInput("ffmpeg", options, c.input(), c.width(), c.height());
        Duration debounce = Settings.duration("kiosks[" + kiosk.id() + "].camera", "debounce", c.debounce());
        FfmpegCamera camera = new FfmpegCamera(kiosk.id(), input, DecoderChain.standard(),
                new Debouncer(clock, debounce), FfmpegCamera.Retry.standard());
        return new CameraCodeScanner(camera).alongside(scanner);
    }
}
