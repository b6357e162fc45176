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
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.devices.smartcard.CardEvent;
import vn.tiepdon.devices.smartcard.CardReader;
import vn.tiepdon.devices.printing.TicketPrinter;
import vn.tiepdon.devices.scanning.WedgeScan;

/**
 * The self check-in flow of one kiosk, without Swing: identify (parse locally) → choose a clinic
 * (where the hospital registers at the kiosk) → check in at the server → (a card that cannot be
 * used: choose fee-paying or the desk) → print → show the ticket. Synchronous: the window calls it
 * off the event thread, the headless demo calls it directly. Input that arrives while a check-in is
 * under way, or while an issued ticket waits for the patient's choice, is ignored, and the same code
 * scanned again while its ticket is fresh shows that ticket instead of a second one.
 *
 * <p>Nobody is turned away and nothing is lost: the server issues the ticket at check-in whatever
 * the lookup says; the fee-paying choice after the lookup moves that same ticket (same number) to
 * the fee-paying queue ({@code POST /api/v1/tickets/{id}/fee-paying}); every issued ticket is
 * printed, also when the patient leaves without choosing or the move fails (then the slip and the
 * screen send the patient to the desk).
 */
public final class KioskModel {
    private static final Logger LOG = LoggerFactory.getLogger(KioskModel.class);
    /** A second scan of the same code within this time shows the same ticket again. */
    static final Duration SAME_CODE_WINDOW = IssuedTickets.SAME_CODE_WINDOW;

    private final ReceptionApi api;
    private final Function<String, ParseResult> parser;
    private final IssuedTickets issued;
    private final CheckinCalls calls;
    private final SlipFactory slips;
    private final String kioskId;
    private final Clock clock;
    private final ChipStep chip;
    private final List<Consumer<KioskState>> listeners = new CopyOnWriteArrayList<>();
    private final AtomicBoolean busy = new AtomicBoolean();

    private volatile KioskState state = new KioskState.Idle();
    private volatile KioskMessages messages = new KioskMessages(KioskLanguage.VIETNAMESE);
    private volatile KioskOptions options = KioskOptions.none();
    /** The patient pressed "Khám dịch vụ" on the first screen: the next check-in goes to that queue. */
    private volatile boolean feePayingChosen;
    /** The identified patient while they choose a clinic (memory only, never logged). */
    private volatile Optional<Identified> identified = Optional.empty();
    /** An issued, unprinted ticket while the patient chooses fee-paying or the desk. */
    private volatile Optional<AwaitingChoice> awaiting = Optional.empty();
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
        this.slips = Objects.requireNonNull(slips);
        this.issued = new IssuedTickets(Objects.requireNonNull(printer), slips, kioskId, clock);
        this.calls = new CheckinCalls(api, kioskId);
        this.kioskId = Objects.requireNonNull(kioskId);
        this.clock = Objects.requireNonNull(clock);
    }

    /** Text scanned from a QR or barcode (CCCD front, BHYT card, VssID / VNeID screen). */
    public KioskState scanned(String text) {
        return checkIn(text, IdentificationMethod.QR, Optional.empty(), Optional.empty());
    }

    /**
     * A code typed by a keyboard-wedge scanner (ASCII only, see {@link WedgeText}). A whole CCCD QR
     * without its Vietnamese letters checks in like a scan (its number and dates still count) and
     * the ticket screen says the name lost its diacritics; one that is not whole is refused with its
     * own message (type the number, or set the scanner to USB-COM); anything else is a scan.
     */
    public KioskState wedgeScanned(WedgeScan scan) {
        WedgeText.Shape shape = WedgeText.shape(scan.text());
        LOG.info("kiosk {}: keyboard-wedge scan of {} characters ({} dropped), shape {}", kioskId,
                scan.text().length(), scan.dropped(), shape);
        return switch (shape) {
            case CCCD_QR_WITHOUT_LETTERS -> checkIn(scan.text(), IdentificationMethod.QR, Optional.empty(),
                    Optional.empty(), Optional.of(messages.text("wedge.noDiacritics")), Optional.empty());
            case PARTIAL_CCCD_QR -> checkIn(scan.text(), IdentificationMethod.QR, Optional.empty(), Optional.empty(),
                    Optional.empty(), Optional.of(messages.text("wedge.partialCccd")));
            case OTHER -> checkIn(scan.text(), IdentificationMethod.QR, Optional.empty(), Optional.empty());
        };
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
            return moveTo(idle());
        }
        return state;
    }

    /** The patient touched "type the number". Ignored while a check-in is under way. */
    public KioskState startTyping() {
        return busy.get() || awaiting.isPresent() ? state : moveTo(new KioskState.Typing());
    }

    /**
     * Back to the idle screen, in Vietnamese for the next patient, forgetting the fee-paying and
     * clinic choices. Ignored while a check-in is under way. A ticket still waiting for the
     * patient's choice is printed first, for the desk: an issued ticket is never left unprinted.
     */
    public KioskState reset() {
        if (busy.get()) {
            return state;
        }
        if (awaiting.isPresent()) {
            goToDesk();
        }
        messages = new KioskMessages(KioskLanguage.VIETNAMESE);
        feePayingChosen = false;
        identified = Optional.empty();
        return moveTo(idle());
    }

    /**
     * The timed end of a screen, only when {@code shown} is still the current state (a timer set for
     * an old screen never clears a newer one): back to idle, or — on the fee-paying / desk choice —
     * the ticket printed for the desk.
     */
    public KioskState returnToIdleFrom(KioskState shown) {
        if (state != shown) {
            return state;
        }
        if (shown instanceof KioskState.ChoosingPayment p) {
            LOG.info("kiosk {}: no choice for ticket {} in time: printed for the desk", kioskId, p.number());
            return goToDesk();
        }
        return reset();
    }

    /**
     * What the hospital lets patients choose (from the server's setup). The idle screen offers
     * "Khám dịch vụ" when there is a fee-paying queue.
     */
    public KioskState useOptions(KioskOptions newOptions) {
        options = Objects.requireNonNull(newOptions);
        if (!newOptions.offersFeePaying()) {
            feePayingChosen = false;
        }
        return state instanceof KioskState.Idle ? moveTo(idle()) : state;
    }

    public KioskOptions options() {
        return options;
    }

    /**
     * On the idle screen: the patient presses "Khám dịch vụ" (or "Khám BHYT" to take it back). The
     * check-in that follows asks the server for the fee-paying queue.
     */
    public KioskState chooseFeePaying(boolean feePaying) {
        if (busy.get() || !(state instanceof KioskState.Idle) || (feePaying && !options.offersFeePaying())) {
            return state;
        }
        feePayingChosen = feePaying;
        return moveTo(idle());
    }

    /** On the clinic screen: the patient chose {@code clinicId}; the check-in goes with it. */
    public KioskState chooseClinic(String clinicId) {
        return checkInIdentified(Optional.of(clinicId));
    }

    /** On the clinic screen: no clinic (the reception desk will register the patient). */
    public KioskState skipClinic() {
        return checkInIdentified(Optional.empty());
    }

    /**
     * After a lookup that says the card cannot be used: the patient chooses a fee-paying visit. The
     * server moves the ticket (same number) to the fee-paying queue; then the slip prints. When the
     * move fails, the slip prints as it was and the screen says to tell the desk.
     */
    public KioskState payFees() {
        return settleChoice(true);
    }

    /** After a lookup that says the card cannot be used: the patient goes to the desk; the slip prints. */
    public KioskState goToDesk() {
        return settleChoice(false);
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
        return checkIn(code, method, birthYear, birthDate, Optional.empty(), Optional.empty());
    }

    /**
     * @param notice  shown on the ticket screen (where the chip notice goes) when nothing else is
     * @param refusal the screen's message when the parser refuses the code, instead of the general one
     */
    private KioskState checkIn(String code, IdentificationMethod method, Optional<Integer> birthYear,
                               Optional<LocalDate> birthDate, Optional<String> notice, Optional<String> refusal) {
        if (!busy.compareAndSet(false, true)) {
            LOG.info("kiosk {}: {} input ignored, a check-in is under way", kioskId, method);
            return state;
        }
        try {
            if (awaiting.isPresent()) {
                LOG.info("kiosk {}: {} input ignored, ticket {} waits for the patient's choice", kioskId, method,
                        awaiting.get().response().ticket().number());
                return state;
            }
            Optional<KioskState.Ticket> repeat = issued.repeated(code, messages, options);
            if (repeat.isPresent()) {
                LOG.info("kiosk {}: same code again, showing ticket {} instead of issuing another",
                        kioskId, repeat.get().number());
                return moveTo(repeat.get());
            }
            ParseResult parsed = parse(code);
            if (parsed instanceof ParseResult.Rejected rejected) {
                LOG.info("kiosk {}: {} code rejected: {}", kioskId, method, Masking.numbersIn(rejected.reason()));
                if (rejected.refused().isPresent()) {
                    return moveTo(refused(rejected.reason(), rejected.refused().get()));
                }
                return moveTo(rejected(rejected.reason(), refusal));
            }
            Identified who = new Identified(code, method, birthYear, birthDate,
                    ((ParseResult.Recognised) parsed).document(), notice);
            if (options.asksClinic()) {
                identified = Optional.of(who);
                return moveTo(new KioskState.ChoosingClinic(options.clinics()));
            }
            return issue(who, Optional.empty());
        } finally {
            busy.set(false);
        }
    }

    private KioskState checkInIdentified(Optional<String> clinicId) {
        if (!busy.compareAndSet(false, true)) {
            return state;
        }
        try {
            Optional<Identified> who = identified;
            if (who.isEmpty() || !(state instanceof KioskState.ChoosingClinic)) {
                return state;
            }
            identified = Optional.empty();
            return issue(who.get(), clinicId);
        } finally {
            busy.set(false);
        }
    }

    /** Reads the chip when the card lies on the reader, then checks in. Runs while {@link #busy}. */
    private KioskState issue(Identified who, Optional<String> clinicId) {
        Optional<String> queue = feePayingChosen ? options.feePayingQueueId() : Optional.empty();
        feePayingChosen = false;
        CheckinRequest request = new CheckinRequest(kioskId, who.method(), who.code(), who.birthYear(), queue,
                Optional.empty(), clinicId);
        IdentityDocument document = who.document();
        ChipStep.ChipAttempt attempt = ChipStep.ChipAttempt.NONE;
        boolean cardQr = document.kind() == DocumentKind.CCCD_QR || document.kind() == DocumentKind.CAN_CUOC_QR;
        if (who.method() == IdentificationMethod.QR && cardQr && chip.cardPresent()) {
            moveTo(new KioskState.Checking(messages.text("checking.chip")));
            attempt = chip.read(document, kioskId);
        } else if (document.kind() == DocumentKind.CCCD_NUMBER && who.birthDate().isPresent() && chip.cardPresent()) {
            moveTo(new KioskState.Checking(messages.text("checking.chip")));
            attempt = chip.readTyped(who.code(), who.birthDate().get(), kioskId);
        }
        Optional<ChipReading> reading = attempt.reading();
        if (reading.isPresent()) {
            request = CheckinRequest.fromChip(kioskId, reading.get(), queue).choosing(queue, clinicId);
        }
        Optional<String> chipNotice = attempt.failure().map(f -> messages.text("chip.notRead",
                messages.text("chip.failure." + f.name()))).or(who::notice);
        moveTo(new KioskState.Checking(messages.text("checking.message")));
        KioskState answer = askServer(request, who.code(), chipNotice);
        if (reading.isPresent()) {
            ticketId(answer).ifPresent(id -> lastPortrait = chip.sendPortraitLater(id, number(answer), api, kioskId));
        }
        return moveTo(answer);
    }

    private ParseResult parse(String code) {
        try {
            return parser.apply(code);
        } catch (RuntimeException e) {
            LOG.error("kiosk {}: the identity parser failed ({})", kioskId, e.getClass().getName());
            return new ParseResult.Rejected("parser failed: " + e.getClass().getSimpleName());
        }
    }

    private KioskState askServer(CheckinRequest request, String scannedCode, Optional<String> chipNotice) {
        Instant start = clock.instant();
        CheckinResponse response;
        try {
            response = calls.checkIn(request, newOptions -> options = newOptions);
        } catch (ApiException e) {
            return fromApiError(e);
        } catch (RuntimeException e) {
            LOG.error("kiosk {}: check-in failed unexpectedly", kioskId, e);
            return unavailable();
        }
        if (options.asksFeePayingOrDesk(response)) {
            LOG.info("kiosk {}: ticket {} issued in {} ms, lookup {}: the patient chooses fee-paying or the desk",
                    kioskId, response.ticket().number(), Duration.between(start, clock.instant()).toMillis(),
                    response.lookup().lookupClass());
            awaiting = Optional.of(new AwaitingChoice(scannedCode, response, chipNotice));
            return new KioskState.ChoosingPayment(response.ticket().id(), response.ticket().number(),
                    messages.lookups().patient(response.lookup()));
        }
        return printed(scannedCode, response, chipNotice, Optional.empty(), start);
    }

    private KioskState settleChoice(boolean feePaying) {
        if (!busy.compareAndSet(false, true)) {
            return state;
        }
        try {
            Optional<AwaitingChoice> choice = awaiting;
            if (choice.isEmpty()) {
                return state;
            }
            awaiting = Optional.empty();
            Instant start = clock.instant();
            CheckinResponse response = choice.get().response();
            Optional<String> notice = Optional.empty();
            if (feePaying) {
                moveTo(new KioskState.Checking(messages.text("choice.moving")));
                Optional<TicketView> moved = calls.moveToFeePaying(response.ticket());
                if (moved.isPresent()) {
                    response = new CheckinResponse(moved.get(), response.lookup(), response.instruction());
                } else {
                    notice = Optional.of(messages.text("choice.feePayingFailed"));
                }
            }
            LOG.info("kiosk {}: ticket {}: the patient chose {}", kioskId, response.ticket().number(),
                    feePaying ? "fee-paying" : "the desk");
            return moveTo(printed(choice.get().code(), response, choice.get().chipNotice(), notice, start));
        } finally {
            busy.set(false);
        }
    }

    private KioskState.Ticket printed(String scannedCode, CheckinResponse response, Optional<String> chipNotice,
                                      Optional<String> choiceNotice, Instant start) {
        return issued.print(scannedCode, response, chipNotice, choiceNotice, start, messages, options);
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

    private KioskState idle() {
        return new KioskState.Idle(options.offersFeePaying(), feePayingChosen);
    }

    private static Optional<Long> ticketId(KioskState state) {
        if (state instanceof KioskState.Ticket t) {
            return Optional.of(t.ticketId());
        }
        if (state instanceof KioskState.ChoosingPayment p) {
            return Optional.of(p.ticketId());
        }
        return Optional.empty();
    }

    private static String number(KioskState state) {
        return state instanceof KioskState.Ticket t ? t.number()
                : state instanceof KioskState.ChoosingPayment p ? p.number() : "";
    }

    /**
     * A code refused by its kind: the COVID-era QR gets its own message; a ticket QR shows where
     * that ticket stands (asked of the server, no personal data) instead of issuing another.
     */
    private KioskState refused(String reason, vn.tiepdon.core.identity.RefusedCode code) {
        if (code.kind() != DocumentKind.TICKET_QR || code.ticket().isEmpty()) {
            return new KioskState.Rejected(messages.text("refused.covid.title"), messages.text("refused.covid"), reason);
        }
        vn.tiepdon.core.identity.TicketQr.Reference ticket = code.ticket().get();
        LocalDate day = ticket.day().orElseGet(() -> LocalDate.now(clock));
        String title = messages.text("refused.ticket.title", ticket.number());
        try {
            Optional<vn.tiepdon.core.api.TicketStatusView> status = api.ticketStatus(day, ticket.number());
            if (status.isEmpty()) {
                return new KioskState.Rejected(title, messages.text("refused.ticket.unknown", ticket.number()), reason);
            }
            vn.tiepdon.core.api.TicketStatusView s = status.get();
            String text = switch (s.status()) {
                case WAITING -> messages.text("refused.ticket.WAITING", s.number(), s.queueName(), s.waitingAhead());
                case CALLED -> messages.text("refused.ticket.CALLED", s.number(), s.counterName().orElse(""));
                default -> messages.text("refused.ticket." + s.status().name(), s.number());
            };
            LOG.info("kiosk {}: ticket QR scanned, ticket {} is {}", kioskId, s.number(), s.status());
            return new KioskState.Rejected(title, text, reason);
        } catch (RuntimeException e) {
            LOG.warn("kiosk {}: the status of ticket {} could not be asked ({})", kioskId, ticket.number(),
                    e.getClass().getSimpleName());
            return new KioskState.Rejected(title, messages.text("refused.ticket.unknown", ticket.number()), reason);
        }
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

    /** Who was identified, while they choose a clinic. */
    private record Identified(String code, IdentificationMethod method, Optional<Integer> birthYear,
                              Optional<LocalDate> birthDate, IdentityDocument document, Optional<String> notice) {
    }

    /** An issued ticket not printed yet, while the patient chooses fee-paying or the desk. */
    private record AwaitingChoice(String code, CheckinResponse response, Optional<String> chipNotice) {
    }
}
