package vn.tiepdon.kiosk;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ChipReading;
import vn.tiepdon.core.api.Portrait;
import vn.tiepdon.core.identity.ChipAccessKey;
import vn.tiepdon.core.identity.ChipFailure;
import vn.tiepdon.core.identity.CardValidity;
import vn.tiepdon.core.identity.ChipKeyCandidates;
import vn.tiepdon.core.identity.ChipKeys;
import vn.tiepdon.core.identity.ChipReadResult;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.devices.smartcard.CardReader;

/**
 * The chip part of a check-in: when a CCCD lies on the reader while its front QR is scanned (a
 * combined QR + NFC reader), the QR gives the key that opens the chip, and the check-in goes with
 * the chip's signed data and its passive-authentication verdict. Any chip trouble leaves the QR
 * check-in as it was: the patient is never stopped by the chip.
 */
public final class ChipStep {
    private static final Logger LOG = LoggerFactory.getLogger(ChipStep.class);
    private final Optional<CardReader> reader;
    private final Clock clock;
    private final boolean portraitForDesk;
    private final ExecutorService background;
    private volatile Optional<ChipAccessKey> lastKey = Optional.empty();

    public ChipStep(CardReader reader, Clock clock) {
        this(reader, clock, false);
    }

    /**
     * @param portraitForDesk after a chip ticket is printed, read the portrait (DG2) in the
     *                        background and hand it to the server for the receptionist
     */
    public ChipStep(CardReader reader, Clock clock, boolean portraitForDesk) {
        this.reader = Optional.of(reader);
        this.clock = Objects.requireNonNull(clock);
        this.portraitForDesk = portraitForDesk;
        this.background = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "chip-portrait");
            t.setDaemon(true);
            return t;
        });
    }

    private ChipStep() {
        this.reader = Optional.empty();
        this.clock = Clock.systemDefaultZone();
        this.portraitForDesk = false;
        this.background = Executors.newSingleThreadExecutor();
        this.background.shutdown();
    }

    /** A kiosk without a card reader. */
    public static ChipStep none() {
        return new ChipStep();
    }

    public Optional<CardReader> reader() {
        return reader;
    }

    boolean cardPresent() {
        return reader.map(CardReader::isCardPresent).orElse(false);
    }

    /**
     * Reads the chip of the card whose QR was scanned. Empty when there is no card, no key can be
     * made from the QR, the chip cannot be read, or the card on the reader is another person's.
     * Chip data that fails passive authentication is always returned, so the ticket is flagged.
     */
    ChipAttempt read(IdentityDocument scanned, String kioskId) {
        if (reader.isEmpty() || !reader.get().isCardPresent()) {
            return ChipAttempt.NONE;
        }
        Optional<ChipKeyCandidates> keys = ChipKeys.fromDocument(scanned, LocalDate.now(clock));
        if (keys.isEmpty()) {
            LOG.info("kiosk {}: no chip key can be made from the scanned QR; checking in by QR", kioskId);
            return ChipAttempt.NONE;
        }
        return read(keys.get(), scanned.idNumber(), kioskId);
    }

    /**
     * Reads the chip with a typed 12-digit number and birth date: the expiry is unknown, so the
     * candidate expiries are tried in order (at most {@link ChipKeys#MAX_ATTEMPTS}).
     */
    ChipAttempt readTyped(String idNumber, LocalDate birthDate, String kioskId) {
        if (reader.isEmpty() || !reader.get().isCardPresent()) {
            return ChipAttempt.NONE;
        }
        ChipKeyCandidates keys;
        try {
            keys = ChipKeys.fromValues(idNumber, birthDate, Optional.empty(), Optional.empty(), LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            LOG.info("kiosk {}: no chip key from the typed values ({}); checking in by number", kioskId, e.getMessage());
            return ChipAttempt.NONE;
        }
        return read(keys, Optional.of(idNumber), kioskId);
    }

    /**
     * What the chip gave: its reading, or — when it was there but could not be read — why (the
     * kiosk tells the patient {@code chip.failure.<NAME>}; the check-in goes on without the chip).
     */
    record ChipAttempt(Optional<ChipReading> reading, Optional<ChipFailure> failure) {
        static final ChipAttempt NONE = new ChipAttempt(Optional.empty(), Optional.empty());

        static ChipAttempt failed(ChipFailure failure) {
            return failure == ChipFailure.NO_CARD || failure == ChipFailure.NO_KEY
                    ? NONE : new ChipAttempt(Optional.empty(), Optional.of(failure));
        }
    }

    private ChipAttempt read(ChipKeyCandidates keys, Optional<String> expectedId, String kioskId) {
        ChipReadResult result;
        try {
            result = reader.get().read(keys, false);
        } catch (RuntimeException e) {
            LOG.warn("kiosk {}: chip read failed unexpectedly ({}); checking in without the chip", kioskId, e.getClass().getName());
            return ChipAttempt.failed(ChipFailure.MALFORMED_DATA);
        }
        if (result instanceof ChipReadResult.Failed f) {
            LOG.info("kiosk {}: chip not read ({}: {}); checking in without the chip", kioskId, f.failure(),
                    f.detail());
            return ChipAttempt.failed(f.failure());
        }
        ChipReadResult.Read read = (ChipReadResult.Read) result;
        IdentityDocument chip = read.identity().document();
        lastKey = Optional.of(read.key());
        if (!read.passiveAuth().verdict().accepted()) {
            LOG.warn("kiosk {}: chip data failed passive authentication ({}); the ticket goes to the receptionist",
                    kioskId, read.passiveAuth().verdict());
            return new ChipAttempt(Optional.of(reading(read)), Optional.empty());
        }
        if (!chip.idNumber().equals(expectedId)) {
            LOG.warn("kiosk {}: the card on the reader is not the card whose QR was scanned or number typed; checking in without the chip",
                    kioskId);
            return ChipAttempt.NONE;
        }
        LOG.info("kiosk {}: chip read by {} in {} ms ({} APDUs, key {}), passive authentication {}", kioskId,
                read.access(), read.millis(), read.apdus(), read.key().basis(), read.passiveAuth().verdict());
        return new ChipAttempt(Optional.of(reading(read)), Optional.empty());
    }

    /**
     * After a chip ticket is printed: reads the portrait with the key that opened the chip and
     * hands it to the server, in the background (the patient does not wait). Does nothing unless
     * the kiosk is set to; a card taken away meanwhile just means no portrait.
     *
     * @return the background task, done when the portrait was handed over or given up
     */
    Future<?> sendPortraitLater(long ticketId, String ticketNumber, ReceptionApi api, String kioskId) {
        Optional<ChipAccessKey> key = lastKey;
        if (!portraitForDesk || reader.isEmpty() || key.isEmpty()) {
            return CompletableFuture.completedFuture(null);
        }
        return background.submit(() -> {
            ChipReadResult result = reader.get().read(ChipKeyCandidates.of(key.get()), true);
            if (!(result instanceof ChipReadResult.Read read) || read.portrait().isEmpty()) {
                LOG.info("kiosk {}: no portrait for ticket {} ({})", kioskId, ticketNumber,
                        result instanceof ChipReadResult.Failed f ? f.failure() : "no DG2");
                return;
            }
            byte[] image = read.portrait().get();
            try {
                api.uploadPortrait(ticketId, new Portrait(imageType(image), image));
                LOG.info("kiosk {}: portrait of ticket {} handed to the desk ({} bytes)", kioskId, ticketNumber,
                        image.length);
            } catch (RuntimeException e) {
                LOG.warn("kiosk {}: portrait of ticket {} not handed over: {}", kioskId, ticketNumber, e.getMessage());
            }
        });
    }

    /** JPEG starts FF D8; anything else on a CCCD is JPEG 2000. */
    static String imageType(byte[] image) {
        return image.length > 1 && (image[0] & 0xFF) == 0xFF && (image[1] & 0xFF) == 0xD8 ? "image/jpeg" : "image/jp2";
    }

    /** The API form of a chip read. */
    static ChipReading reading(ChipReadResult.Read read) {
        IdentityDocument d = read.identity().document();
        return new ChipReading(d.idNumber().orElseThrow(), d.oldIdNumber(), d.fullName().orElse(""),
                d.dateOfBirth().map(Object::toString).orElse(""), d.sex(), d.address(),
                d.issueDate().map(Object::toString), read.identity().details().validity()
                        .filter(v -> v instanceof CardValidity.Until).map(v -> ((CardValidity.Until) v).expiry().toString()),
                read.passiveAuth().verdict(), read.access());
    }
}
