package vn.tiepdon.kiosk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ChipReading;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.devices.printing.PrintResult;
import vn.tiepdon.devices.smartcard.CardEvent;
import vn.tiepdon.devices.smartcard.CardReader;
import vn.tiepdon.devices.printing.TicketPrinter;

/**
 * The self check-in flow of one kiosk, without Swing: identify (parse locally) → check in at the
 * server → print → show the ticket. Synchronous: the window calls it off the event thread, the
 * headless demo calls it directly. Input that arrives while a check-in is under way is ignored, and
 * the same code scanned again while its ticket is fresh shows that ticket instead of a second one.
 */
public final class KioskModel {
    private static final Logger LOG = LoggerFactory.getLogger(KioskModel.class);
    /** A second scan of the same code within this time shows the same ticket again. */
    static final Duration SAME_CODE_WINDOW = Duration.ofSeconds(30);

    private final ReceptionApi api;
    private final Function<String, ParseResult> parser;
    private final TicketPrinter printer;
    private final SlipFactory slips;
    private final String kioskId;
    private final Clock clock;
    private final ChipStep chip;
    private final List<Consumer<KioskState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    private volatile KioskState state = new KioskState.Idle();
    private volatile KioskMessages messages = new KioskMessages(KioskLanguage.VIETNAMESE);
    /** The code behind the last ticket and when it was issued (kept in memory only, never logged). */
    private volatile Optional<LastTicket> lastTicket = Optional.empty();
    /** The background hand-over of the last chip ticket's portrait (tests wait on it). */
    private volatile java.util.concurrent.Future<?> lastPortrait = java.util.concurrent.CompletableFuture.completedFuture(null);

    public KioskModel(ReceptionApi api, Function<String, ParseResult> parser, TicketPrinter printer,
                      SlipFactory slips, String kioskId, Clock clock) {
        this(api, parser, printer, slips, kioskId, clock, ChipStep.none());
    }

    /** A kiosk with a CCCD card reader: a CCCD QR scanned while its card lies on the reader opens the chip. */
    public KioskModel(ReceptionApi api, Function<String, ParseResult> parser, TicketPrinter printer,
                      SlipFactory slips, String kioskId, Clock clock, ChipStep chip) {
        this.chip = Objects.requireNonNull(chip);
        this.api = Objects.requireNonNull(api);
        this.parser = Objects.requireNonNull(parser);
        this.printer = Objects.requireNonNull(printer);
        this.slips = Objects.requireNonNull(slips);
        this.kioskId = Objects.requireNonNull(kioskId);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Text scanned from a QR or barcode (CCCD front, BHYT card, VssID / VNeID screen). */
    public KioskState scanned(String text) {
        return checkIn(text, IdentificationMethod.QR, Optional.empty(), Optional.empty());
    }

    /** Digits typed on the keypad, with the birth year the keypad asked for. */
    public KioskState typed(String digits, Optional<Integer> birthYear) {
        return typed(new KeypadModel.Entry(digits, birthYear));
    }

    /**
     * What the keypad collected. A full birth date (asked when a CCCD lies on the reader) opens the
     * chip with the typed number; the check-in then goes with the chip's data.
     */
    public KioskState typed(KeypadModel.Entry entry) {
        return checkIn(entry.digits().strip(), IdentificationMethod.TYPED, entry.birthYear(), entry.birthDate());
    }

    /**
     * A card placed on or taken off the reader. A card placed on the idle screen asks for the QR on
     * its front (which opens the chip); taking it off returns to idle.
     */
    public KioskState cardEvent(CardEvent event) {
        if (busy.get()) {
            return state;
        }
        if (event instanceof CardEvent.CardInserted && (state instanceof KioskState.Idle
                || state instanceof KioskState.Rejected)) {
            return moveTo(new KioskState.CardOnReader(messages.text("card.placed"), messages.text("card.placed.hint")));
        }
        if (event instanceof CardEvent.CardRemoved && state instanceof KioskState.CardOnReader) {
            return moveTo(new KioskState.Idle());
        }
        return state;
    }

    /** The patient touched "type the number". Ignored while a check-in is under way. */
    public KioskState startTyping() {
        return busy.get() ? state : moveTo(new KioskState.Typing());
    }

    /** Back to the idle screen, in Vietnamese for the next patient. Ignored while a check-in is under way. */
    public KioskState reset() {
        if (busy.get()) {
            return state;
        }
        messages = new KioskMessages(KioskLanguage.VIETNAMESE);
        return moveTo(new KioskState.Idle());
    }

    /**
     * The timed return to idle: resets only when {@code shown} is still the current state, so a timer
     * set for an old screen never clears a newer one.
     */
    public KioskState returnToIdleFrom(KioskState shown) {
        return state == shown ? reset() : state;
    }

    /** Switches the screen language; the current state is announced again so screens redraw. */
    public KioskState useLanguage(KioskLanguage language) {
        messages = new KioskMessages(language);
        return moveTo(state);
    }

    /** The background portrait hand-over of the last chip ticket. */
    java.util.concurrent.Future<?> lastPortrait() {
        return lastPortrait;
    }

    /** The kiosk's CCCD card reader, when it has one. */
    public Optional<CardReader> cardReader() {
        return chip.reader();
    }

    public KioskLanguage language() {
        return messages.language();
    }

    public KioskMessages messages() {
        return messages;
    }

    public KioskState state() {
        return state;
    }

    public String kioskId() {
        return kioskId;
    }

    public String hospitalName() {
        return slips.hospitalName();
    }

    /**
     * A fresh keypad for the typing screen (knows the current year for birth years, and asks the
     * full birth date when a CCCD lies on the reader).
     */
    public KeypadModel newKeypad() {
        return new KeypadModel(clock, chip.cardPresent());
    }

    /** Called on the thread that changed the state; Swing listeners must hand over to the EDT. */
    public void addListener(Consumer<KioskState> listener) {
        listeners.add(Objects.requireNonNull(listener));
    }

    public void removeListener(Consumer<KioskState> listener) {
        listeners.remove(listener);
    }

    private KioskState checkIn(String code, IdentificationMethod method, Optional<Integer> birthYear,
                               Optional<LocalDate> birthDate) {
        if (!busy.compareAndSet(false, true)) {
            LOG.info("kiosk {}: {} input ignored, a check-in is under way", kioskId, method);
            return state;
        }
        try {
            Optional<KioskState.Ticket> repeat = repeatedTicket(code);
            if (repeat.isPresent()) {
                LOG.info("kiosk {}: same code again, showing ticket {} instead of issuing another",
                        kioskId, repeat.get().number());
                return moveTo(repeat.get());
            }
            ParseResult parsed = parse(code);
            if (parsed instanceof ParseResult.Rejected rejected) {
                LOG.info("kiosk {}: {} code rejected: {}", kioskId, method, Masking.numbersIn(rejected.reason()));
                return moveTo(rejected(rejected.reason(), Optional.empty()));
            }
            CheckinRequest request = new CheckinRequest(kioskId, method, code, birthYear, Optional.empty());
            IdentityDocument document = ((ParseResult.Recognised) parsed).document();
            ChipStep.ChipAttempt attempt = ChipStep.ChipAttempt.NONE;
            if (method == IdentificationMethod.QR && document.kind() == DocumentKind.CCCD_QR && chip.cardPresent()) {
                moveTo(new KioskState.Checking(messages.text("checking.chip")));
                attempt = chip.read(document, kioskId);
            } else if (document.kind() == DocumentKind.CCCD_NUMBER && birthDate.isPresent() && chip.cardPresent()) {
                moveTo(new KioskState.Checking(messages.text("checking.chip")));
                attempt = chip.readTyped(code, birthDate.get(), kioskId);
            }
            Optional<ChipReading> reading = attempt.reading();
            if (reading.isPresent()) {
                request = CheckinRequest.fromChip(kioskId, reading.get(), Optional.empty());
            }
            moveTo(new KioskState.Checking(messages.text("checking.message")));
            KioskState answer = askServer(request, code);
            if (reading.isPresent() && answer instanceof KioskState.Ticket t) {
                lastPortrait = chip.sendPortraitLater(t.ticketId(), t.number(), api, kioskId);
            }
            if (attempt.failure().isPresent() && answer instanceof KioskState.Ticket t) {
                answer = t.withChipNotice(Optional.of(messages.text("chip.notRead",
                        messages.text("chip.failure." + attempt.failure().get().name()))));
            }
            return moveTo(answer);
        } finally {
            busy.set(false);
        }
    }

    private ParseResult parse(String code) {
        try {
            return parser.apply(code);
        } catch (RuntimeException e) {
            LOG.error("kiosk {}: the identity parser failed ({})", kioskId, e.getClass().getName());
            return new ParseResult.Rejected("parser failed: " + e.getClass().getSimpleName());
        }
    }

    private KioskState askServer(CheckinRequest request, String scannedCode) {
        Instant start = clock.instant();
        CheckinResponse response;
        try {
            response = api.checkIn(request);
        } catch (ApiException e) {
            return fromApiError(e);
        } catch (RuntimeException e) {
            LOG.error("kiosk {}: check-in failed unexpectedly", kioskId, e);
            return unavailable();
        }
        PrintResult print = print(response);
        LOG.info("kiosk {}: ticket {} issued in {} ms, lookup {}, print {}", kioskId, response.ticket().number(),
                Duration.between(start, clock.instant()).toMillis(), response.lookup().lookupClass(),
                print instanceof PrintResult.Failed f ? "FAILED " + f.failure() : "OK");
        KioskState.Ticket ticket = ticketState(response, print);
        lastTicket = Optional.of(new LastTicket(scannedCode, clock.instant(), response, print));
        return ticket;
    }

    private KioskState fromApiError(ApiException e) {
        Optional<ApiError> error = e.error();
        if (error.isPresent() && error.get().error() == ErrorCode.UNRECOGNISED_CODE) {
            LOG.info("kiosk {}: server did not recognise the code: {}", kioskId,
                    Masking.numbersIn(error.get().message()));
            return rejected(error.get().message(), Optional.of(messages.contract().error(error.get().error())));
        }
        if (error.isPresent()) {
            LOG.warn("kiosk {}: server answered {} {}: {}", kioskId, e.httpStatus(), error.get().error(),
                    Masking.numbersIn(error.get().message()));
        } else {
            LOG.warn("kiosk {}: server unreachable: {}", kioskId, Masking.numbersIn(String.valueOf(e.getMessage())));
        }
        return unavailable();
    }

    private PrintResult print(CheckinResponse response) {
        try {
            PrintResult result = printer.print(slips.slipFor(response));
            if (result instanceof PrintResult.Failed failed) {
                LOG.warn("kiosk {}: slip for ticket {} not printed on {}: {} {}", kioskId,
                        response.ticket().number(), printer.destination(), failed.failure(), failed.detail());
            }
            return result;
        } catch (RuntimeException e) {
            LOG.error("kiosk {}: printer {} failed on ticket {}", kioskId, printer.destination(),
                    response.ticket().number(), e);
            return new PrintResult.Failed(PrintResult.Failure.IO_ERROR, e.getClass().getSimpleName());
        }
    }

    private KioskState.Ticket ticketState(CheckinResponse response, PrintResult print) {
        boolean printed = print instanceof PrintResult.Printed;
        return new KioskState.Ticket(response.ticket().id(), response.ticket().number(),
                response.ticket().queueName(), messages.lookups().instruction(response.lookup(),
                        response.ticket().number(), response.ticket().identityTampered()),
                response.lookup().lookupClass(),
                messages.lookupLabel(response.lookup().lookupClass()), printed,
                printed ? Optional.empty() : Optional.of(messages.text("ticket.printerFailed")));
    }

    private Optional<KioskState.Ticket> repeatedTicket(String code) {
        return lastTicket
                .filter(last -> last.code().equals(code))
                .filter(last -> Duration.between(last.at(), clock.instant()).compareTo(SAME_CODE_WINDOW) < 0)
                .map(last -> ticketState(last.response(), last.print()));
    }

    private KioskState rejected(String reason, Optional<String> message) {
        return new KioskState.Rejected(messages.text("rejected.title"),
                message.orElseGet(() -> messages.text("rejected.message")), reason);
    }

    private KioskState unavailable() {
        return new KioskState.ServerUnavailable(messages.text("unavailable.title"),
                messages.text("unavailable.message"));
    }

    private KioskState moveTo(KioskState next) {
        state = next;
        for (Consumer<KioskState> listener : listeners) {
            try {
                listener.accept(next);
            } catch (RuntimeException e) {
                LOG.error("kiosk {}: a screen listener failed", kioskId, e);
            }
        }
        return next;
    }

    private record LastTicket(String code, Instant at, CheckinResponse response, PrintResult print) {
    }
}
