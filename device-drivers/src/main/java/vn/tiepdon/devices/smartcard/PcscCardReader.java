package vn.tiepdon.devices.smartcard;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import javax.smartcardio.CardException;
import javax.smartcardio.CardTerminal;
import net.sf.scuba.smartcards.CardServiceException;
import net.sf.scuba.smartcards.TerminalCardService;
import org.jmrtd.PassportService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipReadResult;

/**
 * The CCCD chip reader on a PC/SC reader (javax.smartcardio + JMRTD): the first reader whose
 * name matches the configured pattern. Watches it by polling (a reader unplugged and plugged
 * back is found again, with a fresh PC/SC context) and reads: access control (PACE or BAC),
 * EF.COM, DG1, DG13, EF.SOD (DG2 on request), then parsing and passive authentication by
 * {@link ChipContentReader}. Counts APDUs and bytes.
 */
public final class PcscCardReader implements CardReader {
    private static final Logger log = LoggerFactory.getLogger(PcscCardReader.class);

    private final TerminalSource terminals;
    private final Pattern readerName;
    private final ChipContentReader content;
    private final Duration pollInterval;
    private final boolean shortFileIds;
    private ReaderMonitor monitor;
    private volatile java.util.function.IntConsumer afterEachApdu = n -> { };

    /**
     * @param readerName   pattern found in the reader's PC/SC name ({@code find}, case-insensitive
     *                     when written so), e.g. {@code "(?i)acs|identiv"}; {@code ".*"} for the first reader
     * @param pollInterval how often the watcher looks at the reader (e.g. 250 ms)
     * @param shortFileIds read files by short file identifier (fewer APDUs) instead of SELECT
     */
    public PcscCardReader(TerminalSource terminals, Pattern readerName, ChipContentReader content,
            Duration pollInterval, boolean shortFileIds) {
        this.terminals = terminals;
        this.readerName = readerName;
        this.content = content;
        this.pollInterval = pollInterval;
        this.shortFileIds = shortFileIds;
    }

    /** The names of all PC/SC readers present (empty when PC/SC is unavailable). */
    public List<String> readerNames() {
        try {
            return terminals.list().stream().map(CardTerminal::getName).toList();
        } catch (CardException | RuntimeException e) {
            terminals.reset();
            return List.of();
        }
    }

    Optional<CardTerminal> terminal() {
        try {
            return terminals.list().stream().filter(t -> readerName.matcher(t.getName()).find()).findFirst();
        } catch (CardException | RuntimeException e) {
            terminals.reset();
            return Optional.empty();
        }
    }

    /** Test hook: called with the APDU count after each response (e.g. to pull the card mid-read). */
    void afterEachApdu(java.util.function.IntConsumer hook) {
        this.afterEachApdu = hook;
    }

    @Override
    public synchronized void start(Consumer<CardEvent> listener) {
        if (monitor != null) {
            throw new IllegalStateException("already started");
        }
        monitor = new ReaderMonitor(this::observe, listener);
        monitor.start(pollInterval, "card-reader-monitor");
    }

    private ReaderMonitor.Observation observe() {
        Optional<CardTerminal> terminal = terminal();
        if (terminal.isEmpty()) {
            return ReaderMonitor.Observation.none();
        }
        try {
            return new ReaderMonitor.Observation(Optional.of(terminal.get().getName()),
                    terminal.get().isCardPresent());
        } catch (CardException | RuntimeException e) {
            terminals.reset();
            return ReaderMonitor.Observation.none();
        }
    }

    @Override
    public boolean isCardPresent() {
        return observe().cardPresent();
    }

    @Override
    public ChipReadResult read(ChipKeyCandidates keys, boolean includePortrait) {
        long started = System.nanoTime();
        Optional<CardTerminal> found = terminal();
        if (found.isEmpty()) {
            return failed(new ChipDataException(ChipFailure.READER_UNAVAILABLE,
                    "no PC/SC reader matches /" + readerName + "/ among " + readerNames()));
        }
        CardTerminal terminal = found.get();
        ChipAccessControl.Presence presence = () -> {
            try {
                return terminal.isCardPresent();
            } catch (CardException | RuntimeException e) {
                return false;
            }
        };
        if (!presence.cardPresent()) {
            return failed(new ChipDataException(ChipFailure.NO_CARD, "no card on " + terminal.getName()));
        }
        CountingCardService counting = new CountingCardService(new TerminalCardService(terminal), afterEachApdu);
        PassportService service = new PassportService(counting, PassportService.NORMAL_MAX_TRANCEIVE_LENGTH,
                PassportService.DEFAULT_MAX_BLOCKSIZE, shortFileIds, true);
        try {
            try {
                service.open();
            } catch (CardServiceException e) {
                ChipAccessControl.checkPresent(presence, e);
                throw new ChipDataException(ChipFailure.UNSUPPORTED_CARD, "cannot connect to the card: "
                        + e.getMessage(), e);
            }
            ChipAccessControl.Opened opened = ChipAccessControl.open(service, keys, presence);
            ChipFileReader files = new ChipFileReader(service, presence);
            byte[] com = files.read(LdsFile.COM);
            byte[] dg1 = files.read(LdsFile.DG1);
            byte[] dg13 = files.read(LdsFile.DG13);
            byte[] sod = files.read(LdsFile.SOD);
            Optional<byte[]> dg2 = includePortrait ? Optional.of(files.read(LdsFile.DG2)) : Optional.empty();
            ChipContentReader.Content read = content.read(com, dg1, dg13, sod, dg2);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("chip read on {}: {} with key {} after {} attempt(s), passive authentication {}, {} APDUs, "
                    + "{} bytes, {} ms", terminal.getName(), opened.method(), opened.key().basis(),
                    opened.attempts(), read.passiveAuth().verdict(), counting.apdus(), counting.bytes(), millis);
            return new ChipReadResult.Read(read.identity(), read.passiveAuth(), opened.method(), opened.key(),
                    opened.attempts(), counting.apdus(), counting.bytes(), millis, read.portrait());
        } catch (ChipDataException e) {
            return failed(e);
        } finally {
            service.close();
        }
    }

    private static ChipReadResult failed(ChipDataException e) {
        log.info("chip read failed: {}: {}", e.failure(), e.getMessage());
        return new ChipReadResult.Failed(e.failure(), e.getMessage());
    }

    @Override
    public synchronized void close() {
        if (monitor != null) {
            monitor.close();
        }
    }
}
