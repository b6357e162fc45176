package vn.tiepdon.desk;

import java.text.Normalizer;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.client.ReceptionApi;
import vn.tiepdon.core.api.ApiError;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.FieldLimits;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.ParseResult;

/**
 * The override dialog without Swing: one failed lookup, what was sent (masked number, name), the
 * receptionist's choice — re-run with corrected name / CCCD / BHYT number / birth date, accept a
 * paper card or VssID with its number, or mark the visit fee-paying — and the reason, which is
 * always required. Numbers are checked here with core's rules before anything is sent; only the
 * values the receptionist changed are sent (the server keeps the rest: nothing is typed twice).
 * The server's answer (the ticket with its new lookup) or its refusal is kept for the dialog and
 * the answer goes to the desk. Thread-safe: the dialog sends on a background thread.
 */
public final class LookupFix {
    private static final Logger LOG = LoggerFactory.getLogger(LookupFix.class);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm");

    /** The fields the receptionist types into. */
    public enum Field { FULL_NAME, ID_NUMBER, CARD_NUMBER, DATE_OF_BIRTH, REASON }

    /** What came of sending. */
    public sealed interface Result {
        /** The server's answer: the ticket with its new lookup (which may still have failed). */
        record Answered(DeskTicket ticket) implements Result {
        }

        /** The server refused or could not be reached; nothing changed. */
        record Refused(String message) implements Result {
        }
    }

    private final ReceptionApi api;
    private final DeskMessages messages;
    private final Clock clock;
    private final Consumer<TicketView> onAnswer;
    private final IdentityParser parser;
    private final String sentName;

    private DeskTicket ticket;
    private LookupView lookup;
    private LookupOverride.Action action = LookupOverride.Action.RERUN;
    private String fullName;
    private String idNumber = "";
    private String cardNumber = "";
    private String dateOfBirth = "";
    private String reason = "";
    private boolean sending;
    private Optional<Result> result = Optional.empty();
    private Optional<List<AuditEntry>> audit = Optional.empty();
    private boolean auditFailed;

    LookupFix(DeskTicket ticket, LookupView lookup, ReceptionApi api, DeskMessages messages, Clock clock,
              Consumer<TicketView> onAnswer) {
        this.ticket = Objects.requireNonNull(ticket);
        this.lookup = Objects.requireNonNull(lookup);
        this.api = Objects.requireNonNull(api);
        this.messages = Objects.requireNonNull(messages);
        this.clock = Objects.requireNonNull(clock);
        this.onAnswer = Objects.requireNonNull(onAnswer);
        this.parser = new IdentityParser(clock);
        this.sentName = ticket.ticket().patientName().map(LookupFix::cleanName).orElse("");
        this.fullName = sentName;
    }

    public DeskMessages messages() {
        return messages;
    }

    /** The ticket as it now stands (after an answer, with its new lookup). */
    public synchronized DeskTicket ticket() {
        return ticket;
    }

    public synchronized LookupView lookup() {
        return lookup;
    }

    /** The values the kiosk sent, as the receptionist may see them: method, document, masked number, name. */
    public synchronized String sentValues() {
        return messages.text("fix.sent", messages.text("method." + lookup.method()),
                messages.text("document." + lookup.documentKind()), lookup.maskedKey(),
                sentName.isEmpty() ? messages.text("who.unknown") : sentName);
    }

    /** True when the number sent was a BHYT card's (else the CCCD's). */
    public synchronized boolean sentCardNumber() {
        return lookup.documentKind() == DocumentKind.BHYT_QR || lookup.documentKind() == DocumentKind.BHYT_NUMBER;
    }

    public synchronized LookupOverride.Action action() {
        return action;
    }

    public synchronized void action(LookupOverride.Action newAction) {
        action = Objects.requireNonNull(newAction);
    }

    public synchronized String fullName() {
        return fullName;
    }

    public synchronized void fullName(String text) {
        fullName = text == null ? "" : text;
    }

    public synchronized String idNumber() {
        return idNumber;
    }

    public synchronized void idNumber(String text) {
        idNumber = text == null ? "" : text;
    }

    public synchronized String cardNumber() {
        return cardNumber;
    }

    public synchronized void cardNumber(String text) {
        cardNumber = text == null ? "" : text;
    }

    public synchronized String dateOfBirth() {
        return dateOfBirth;
    }

    public synchronized void dateOfBirth(String text) {
        dateOfBirth = text == null ? "" : text;
    }

    public synchronized String reason() {
        return reason;
    }

    public synchronized void reason(String text) {
        reason = text == null ? "" : text;
    }

    /** Which fields the chosen action takes (the dialog enables only these). */
    public synchronized boolean uses(Field field) {
        return switch (field) {
            case REASON -> true;
            case FULL_NAME, ID_NUMBER, DATE_OF_BIRTH -> action == LookupOverride.Action.RERUN;
            case CARD_NUMBER -> action != LookupOverride.Action.FEE_PAYING;
        };
    }

    /** What is wrong with each field, in the desk's language, in screen order; empty when all is well. */
    public synchronized Map<Field, String> problems() {
        Map<Field, String> problems = new LinkedHashMap<>();
        if (action == LookupOverride.Action.RERUN) {
            String name = cleanName(fullName);
            if (name.isEmpty()) {
                problems.put(Field.FULL_NAME, messages.text("fix.problem.nameMissing"));
            } else if (name.chars().anyMatch(Character::isDigit)) {
                problems.put(Field.FULL_NAME, messages.text("fix.problem.nameDigits"));
            } else if (name.length() > FieldLimits.NAME) {
                problems.put(Field.FULL_NAME, messages.text("fix.problem.nameTooLong", Integer.toString(FieldLimits.NAME)));
            }
            cccdProblem(idNumber).ifPresent(p -> problems.put(Field.ID_NUMBER, p));
            cardProblem(cardNumber, false).ifPresent(p -> problems.put(Field.CARD_NUMBER, p));
            BirthDates.Parsed dob = BirthDates.parse(dateOfBirth, java.time.LocalDate.now(clock));
            if (dob instanceof BirthDates.Parsed.Invalid) {
                problems.put(Field.DATE_OF_BIRTH, messages.text("fix.problem.birthDate"));
            } else if (dob instanceof BirthDates.Parsed.InFuture) {
                problems.put(Field.DATE_OF_BIRTH, messages.text("fix.problem.birthDateFuture"));
            }
        } else if (action != LookupOverride.Action.FEE_PAYING) {
            cardProblem(cardNumber, true).ifPresent(p -> problems.put(Field.CARD_NUMBER, p));
        }
        String why = reason.strip();
        if (why.isEmpty()) {
            problems.put(Field.REASON, messages.text("fix.problem.reasonMissing"));
        } else if (why.length() > FieldLimits.NOTE) {
            problems.put(Field.REASON, messages.text("fix.problem.reasonTooLong", Integer.toString(FieldLimits.NOTE),
                    Integer.toString(why.length())));
        }
        return problems;
    }

    /** True once the lookup no longer needs fixing (the server answered with a successful one). */
    public synchronized boolean fixed() {
        return ticket.lookupToFix().isEmpty();
    }

    public synchronized boolean sending() {
        return sending;
    }

    /** The OK button: everything valid, a reason given, nothing under way, something left to fix. */
    public synchronized boolean canSend() {
        return !sending && !fixed() && problems().isEmpty();
    }

    /** The line under the OK button: why it is disabled, or empty when it can be pressed. */
    public synchronized Optional<String> hint() {
        if (sending) {
            return Optional.of(messages.text("fix.sending"));
        }
        if (fixed()) {
            return Optional.empty();
        }
        return problems().values().stream().findFirst();
    }

    /** The request the form would send now. Only the values changed are carried. */
    public synchronized LookupOverride request() {
        if (!problems().isEmpty()) {
            throw new IllegalStateException("the override form has problems: " + problems().keySet());
        }
        Optional<String> name = Optional.empty();
        Optional<String> id = Optional.empty();
        Optional<String> card = Optional.empty();
        Optional<String> dob = Optional.empty();
        if (action == LookupOverride.Action.RERUN) {
            String cleaned = cleanName(fullName);
            name = Optional.of(cleaned).filter(n -> !n.equals(sentName));
            id = Optional.of(digits(idNumber)).filter(s -> !s.isEmpty());
            card = Optional.of(compactCard(cardNumber)).filter(s -> !s.isEmpty());
            if (BirthDates.parse(dateOfBirth, java.time.LocalDate.now(clock)) instanceof BirthDates.Parsed.Valid v) {
                dob = v.value();
            }
        } else if (action != LookupOverride.Action.FEE_PAYING) {
            card = Optional.of(compactCard(cardNumber));
        }
        return new LookupOverride(action, reason.strip(), name, id, card, dob);
    }

    /**
     * Sends the override (blocks: call it off the screen's thread). On an answer the desk's ticket
     * is updated and the audit reloaded.
     */
    public Result send() {
        LookupOverride request;
        long lookupId;
        String number;
        synchronized (this) {
            if (!canSend()) {
                throw new IllegalStateException("the override cannot be sent now");
            }
            request = request();
            lookupId = lookup.id();
            number = ticket.number();
            sending = true;
        }
        Result outcome;
        try {
            TicketView answer = api.override(lookupId, request);
            DeskTicket row = DeskTicket.of(answer, messages);
            synchronized (this) {
                ticket = row;
                answer.lookup().ifPresent(l -> lookup = l);
            }
            LOG.info("lookup {} of ticket {}: {} sent; now {}", lookupId, number, request.action(),
                    answer.lookup().map(l -> l.lookupClass().name()).orElse("no lookup"));
            onAnswer.accept(answer);
            outcome = new Result.Answered(row);
        } catch (ApiException e) {
            outcome = new Result.Refused(refusal(lookupId, number, e));
        } catch (RuntimeException e) {
            LOG.error("lookup {} of ticket {}: override failed unexpectedly", lookupId, number, e);
            outcome = new Result.Refused(messages.text("outcome.unexpected"));
        }
        synchronized (this) {
            result = Optional.of(outcome);
            sending = false;
        }
        if (outcome instanceof Result.Answered) {
            loadAudit();
        }
        return outcome;
    }

    private String refusal(long lookupId, String number, ApiException e) {
        Optional<ApiError> error = e.error();
        if (error.isPresent()) {
            LOG.warn("lookup {} of ticket {}: override refused: {} {}", lookupId, number, e.httpStatus(),
                    error.get().error());
            return messages.text("outcome.serverError", error.get().error(),
                    messages.contract().error(error.get().error()));
        }
        LOG.warn("lookup {} of ticket {}: override not sent, server unreachable", lookupId, number);
        return messages.text("outcome.unreachable");
    }

    public synchronized Optional<Result> result() {
        return result;
    }

    /** The result as the dialog shows it: the new class and what it means, or the refusal. */
    public synchronized Optional<String> resultText() {
        return result.map(r -> {
            if (r instanceof Result.Answered a) {
                return messages.text(a.ticket().lookupToFix().isPresent() ? "fix.result.stillFailed"
                        : "fix.result.fixed", a.ticket().lookup().label(), a.ticket().lookup().staffMessage());
            }
            return ((Result.Refused) r).message();
        });
    }

    /** Loads the changes already made to this lookup (blocks). A failure leaves a line saying so. */
    public void loadAudit() {
        long lookupId;
        synchronized (this) {
            lookupId = lookup.id();
        }
        try {
            List<AuditEntry> entries = api.lookupAudit(lookupId);
            synchronized (this) {
                audit = Optional.of(List.copyOf(entries));
                auditFailed = false;
            }
        } catch (RuntimeException e) {
            LOG.warn("lookup {}: audit could not be loaded: {}", lookupId, e.getClass().getSimpleName());
            synchronized (this) {
                auditFailed = true;
            }
        }
    }

    /** The audit as lines for the dialog: time, who, what, why, what came of it. */
    public synchronized List<String> auditLines() {
        if (auditFailed) {
            return List.of(messages.text("fix.audit.failed"));
        }
        if (audit.isEmpty()) {
            return List.of();
        }
        if (audit.get().isEmpty()) {
            return List.of(messages.text("fix.audit.none"));
        }
        List<String> lines = new ArrayList<>();
        for (AuditEntry e : audit.get()) {
            lines.add(messages.text("fix.audit.line", TIME.format(e.at().atZone(clock.getZone())), e.actor(),
                    messages.text("fix.action." + e.action()), e.reason(), e.detail().orElse("—")));
        }
        return lines;
    }

    private Optional<String> cccdProblem(String typed) {
        String number = digits(typed);
        if (typed.isBlank()) {
            return Optional.empty();
        }
        if (number.length() != 12 || !number.chars().allMatch(Character::isDigit)) {
            return Optional.of(messages.text("fix.problem.cccdLength"));
        }
        if (!(parser.parse(number) instanceof ParseResult.Recognised r) || r.document().kind() != DocumentKind.CCCD_NUMBER) {
            return Optional.of(messages.text("fix.problem.cccdInvalid"));
        }
        return Optional.empty();
    }

    private Optional<String> cardProblem(String typed, boolean required) {
        String card = compactCard(typed);
        if (card.isEmpty()) {
            return required ? Optional.of(messages.text("fix.problem.cardMissing")) : Optional.empty();
        }
        if (!(parser.parse(card) instanceof ParseResult.Recognised r) || r.document().kind() != DocumentKind.BHYT_NUMBER) {
            return Optional.of(messages.text("fix.problem.cardInvalid"));
        }
        return Optional.empty();
    }

    /** A CCCD number as typed, without spaces. */
    private static String digits(String typed) {
        return typed.strip().replace(" ", "");
    }

    private static String compactCard(String typed) {
        return typed.strip().replace(" ", "").toUpperCase(Locale.ROOT);
    }

    /** A name as the gateway compares it: NFC (some keyboards type decomposed accents), single spaces. */
    static String cleanName(String typed) {
        return Normalizer.normalize(typed.strip(), Normalizer.Form.NFC).replaceAll("\\s+", " ");
    }
}
