package vn.tiepdon.devices.smartcard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jmrtd.lds.icao.DG1File;
import org.jmrtd.lds.icao.MRZInfo;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.identity.AccessMethod;
import vn.tiepdon.core.identity.ChipAccessKey;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipReadResult;

/**
 * An in-process twin of a chip reader for the demo and tests: holds one card's LDS files
 * ({@link #insert}, {@link #remove}); {@link #read} checks each key against the card's MRZ as
 * BAC would (a wrong key is {@link ChipFailure#WRONG_KEY}), then parses and passively
 * authenticates with the same {@link ChipContentReader} as the PC/SC reader. It sends no APDUs:
 * {@code apdus} is 0 and {@code bytes} counts the file bytes read.
 */
public final class VirtualCardReader implements CardReader {
    public static final String NAME = "Virtual CCCD reader";
    private static final Logger log = LoggerFactory.getLogger(VirtualCardReader.class);

    private final ChipContentReader content;
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "virtual-card-reader-events");
        t.setDaemon(true);
        return t;
    });
    private Consumer<CardEvent> listener;
    private Optional<CardImage> card = Optional.empty();
    private long insertions;

    public VirtualCardReader(ChipContentReader content) {
        this.content = content;
    }

    @Override
    public synchronized void start(Consumer<CardEvent> listener) {
        if (this.listener != null) {
            throw new IllegalStateException("already started");
        }
        this.listener = listener;
        emit(new CardEvent.ReaderConnected(NAME));
        if (card.isPresent()) {
            emit(new CardEvent.CardInserted(NAME));
        }
    }

    /** Places a card on the reader (replacing one already there). */
    public synchronized void insert(CardImage image) {
        if (card.isPresent()) {
            remove();
        }
        card = Optional.of(image);
        insertions++;
        emit(new CardEvent.CardInserted(NAME));
    }

    /** Takes the card off the reader; nothing happens when there is none. */
    public synchronized void remove() {
        if (card.isPresent()) {
            card = Optional.empty();
            emit(new CardEvent.CardRemoved(NAME));
        }
    }

    @Override
    public synchronized boolean isCardPresent() {
        return card.isPresent();
    }

    @Override
    public ChipReadResult read(ChipKeyCandidates keys, boolean includePortrait) {
        long started = System.nanoTime();
        CardImage image;
        long insertion;
        synchronized (this) {
            if (card.isEmpty()) {
                return failed(ChipFailure.NO_CARD, "no card on the virtual reader");
            }
            image = card.get();
            insertion = insertions;
        }
        try {
            byte[] dg1 = file(image, LdsFile.DG1);
            MRZInfo mrz = new DG1File(new ByteArrayInputStream(dg1)).getMRZInfo();
            int attempts = 0;
            Optional<ChipAccessKey> opened = Optional.empty();
            for (ChipAccessKey key : keys.keys()) {
                attempts++;
                if (opens(mrz, key)) {
                    opened = Optional.of(key);
                    break;
                }
            }
            if (opened.isEmpty()) {
                return failed(ChipFailure.WRONG_KEY, "the chip refused " + attempts + " key(s): "
                        + keys.keys().stream().map(ChipAccessKey::basis).toList());
            }
            byte[] com = file(image, LdsFile.COM);
            byte[] dg13 = file(image, LdsFile.DG13);
            byte[] sod = file(image, LdsFile.SOD);
            Optional<byte[]> dg2 = includePortrait ? Optional.of(file(image, LdsFile.DG2)) : Optional.empty();
            ChipContentReader.Content read = content.read(com, dg1, dg13, sod, dg2);
            synchronized (this) {
                if (card.isEmpty() || insertions != insertion) {
                    return failed(ChipFailure.CARD_REMOVED, "the card left the virtual reader during the read");
                }
            }
            long bytes = com.length + dg1.length + dg13.length + sod.length + dg2.map(b -> b.length).orElse(0);
            long millis = (System.nanoTime() - started) / 1_000_000;
            log.info("virtual chip read: BAC with key {} after {} attempt(s), passive authentication {}",
                    opened.get().basis(), attempts, read.passiveAuth().verdict());
            return new ChipReadResult.Read(read.identity(), read.passiveAuth(), AccessMethod.BAC, opened.get(),
                    attempts, 0, bytes, millis, read.portrait());
        } catch (ChipDataException e) {
            return failed(e.failure(), e.getMessage());
        } catch (IOException | RuntimeException e) {
            return failed(ChipFailure.MALFORMED_DATA, "DG1 (MRZ) is malformed (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** BAC succeeds when document number, birth date and expiry equal the MRZ's. */
    private static boolean opens(MRZInfo mrz, ChipAccessKey key) {
        return key.documentNumber().equals(mrz.getDocumentNumber().replace("<", ""))
                && key.dateOfBirth().equals(mrz.getDateOfBirth())
                && key.dateOfExpiry().equals(mrz.getDateOfExpiry());
    }

    private static byte[] file(CardImage image, LdsFile file) throws ChipDataException {
        return image.file(file).orElseThrow(() -> new ChipDataException(ChipFailure.UNSUPPORTED_CARD,
                file.fileName() + " is not on the chip"));
    }

    private static ChipReadResult failed(ChipFailure failure, String detail) {
        log.info("virtual chip read failed: {}: {}", failure, detail);
        return new ChipReadResult.Failed(failure, detail);
    }

    private void emit(CardEvent event) {
        Consumer<CardEvent> target = listener;
        if (target != null) {
            events.execute(() -> {
                try {
                    target.accept(event);
                } catch (RuntimeException e) {
                    log.warn("card event listener failed on {}: {}", event, e.toString());
                }
            });
        }
    }

    @Override
    public void close() {
        events.shutdown();
    }
}
