package vn.tiepdon.server.checkin;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupTexts;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.identity.IdentificationMethod;
import vn.tiepdon.core.identity.IdentityCheck;
import vn.tiepdon.core.identity.IdentityDocument;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.ParseResult;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.core.queue.ClinicDefinition;
import vn.tiepdon.core.queue.PriorityByAge;
import vn.tiepdon.core.queue.QueueDefinition;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.HospitalSetup;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.GatewayTry;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStore;
import vn.tiepdon.server.lookups.PatientNumbers;
import vn.tiepdon.server.lookups.PatientNumbersStore;
import vn.tiepdon.server.queue.QueueService;
import vn.tiepdon.server.queue.TicketStore;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * The check-in pipeline on the server: identify → look up → issue. A ticket is issued whatever
 * the lookup says: the patient is never turned away by the kiosk; a failed lookup sends the
 * patient to the receptionist, who sees the failure at the desk.
 */
public final class CheckinService {
    private static final Logger log = LoggerFactory.getLogger(CheckinService.class);
    /** The API's instruction is Vietnamese; kiosks render their own language from the same lookup. */
    private static final LookupTexts INSTRUCTIONS = LookupTexts.vietnamese();
    private final IdentityParser parser;
    private final ChipIdentities chips;
    private final EligibilityService eligibility;
    private final Database db;
    private final LookupStore lookups;
    private final TicketStore tickets;
    private final QueueService queues;
    private final HospitalSetup setup;
    private final RetrySchedule retries;
    private final Clock clock;

    /** @param retries when a lookup left pending is first retried in the background */
    public CheckinService(IdentityParser parser, EligibilityService eligibility, Database db, LookupStore lookups,
                          TicketStore tickets, QueueService queues, HospitalSetup setup, RetrySchedule retries,
                          Clock clock) {
        this.retries = retries;
        this.parser = parser;
        this.chips = new ChipIdentities(parser);
        this.eligibility = eligibility;
        this.db = db;
        this.lookups = lookups;
        this.tickets = tickets;
        this.queues = queues;
        this.setup = setup;
        this.clock = clock;
    }

    /**
     * Identifies the patient, looks the card up (outside any transaction: the gateway may take
     * seconds), then stores the lookup, the ticket and its event in one transaction. The answer
     * leaves only once that transaction has committed.
     *
     * @param actor who checked in: {@code kiosk:kiosk-1}...
     */
    public CheckinResponse checkIn(CheckinRequest request, String actor) {
        Optional<QueueDefinition> chosen = request.queueId()
                .map(id -> setup.queue(id).orElseThrow(() -> new UnknownQueueException(id)));
        Optional<ClinicDefinition> clinic = request.clinicId().map(id -> setup.clinic(id).orElseThrow(
                () -> new ApiProblem(ErrorCode.UNKNOWN_CLINIC, "unknown clinic: " + id)));
        IdentityDocument document = identify(request);
        LookupRequest lookupRequest = lookupRequest(document, request.birthYear());
        LocalDate today = queues.serviceDay();
        Optional<PriorityByAge.Reason> byAge = lookupRequest.dateOfBirth()
                .flatMap(dob -> setup.rules().ages().reason(dob, today));
        // a queue named by the kiosk, else priority by age, else the clinic's queue, else the default
        QueueDefinition queue = chosen
                .or(() -> byAge.flatMap(reason -> setup.priorityQueue()))
                .or(() -> clinic.flatMap(c -> setup.queue(c.queueId())))
                .orElseGet(() -> setup.queue(setup.defaultQueueId()).orElseThrow());
        Instant started = clock.instant();
        List<GatewayTry> tries = new ArrayList<>();
        GatewayCaller caller = actor.startsWith("user:") ? GatewayCaller.DESK : GatewayCaller.KIOSK;
        LookupOutcome outcome = eligibility.lookUp(lookupRequest, caller, tries::add);
        boolean pending = PendingLookupRetrier.needsRetry(outcome);
        LocalDate day = today;
        LookupRecord unsaved = LookupRecord.of(started, day, request.kioskId(), request.method(), document.kind(),
                lookupRequest.cardKey(), lookupRequest.fullName(),
                lookupRequest.dateOfBirth().map(PartialDate::toString), outcome, pending);
        Optional<Instant> firstRetry = pending
                ? Optional.of(clock.instant().plus(retries.jitteredDelayBefore(1, ThreadLocalRandom.current())))
                : Optional.empty();
        Optional<String> patientName = lookupRequest.fullName().or(() -> outcome.answeredName());
        Optional<IdentityCheck> identityCheck = request.chip().map(c -> IdentityCheck.of(c.passiveAuth()));
        tickets.prepareNumbering(day, queue.id());
        Issued issued = Jdbc.inTx(db, tx -> {
            LookupRecord record = lookups.insert(tx.connection(), unsaved, firstRetry,
                    PendingLookupRetrier.attempts(tries, started, 0, false));
            Ticket ticket = tickets.issue(tx, new TicketStore.NewTicket(day, queue.id(), queue.prefix(),
                    request.kioskId(), Optional.of(record.id()), patientName, identityCheck, clock.instant(),
                    clinic.map(ClinicDefinition::toClinic)));
            lookups.attachTicket(tx.connection(), record.id(), ticket.id());
            PatientNumbersStore.complete(tx.connection(), record.id(),
                    PatientNumbers.of(document).or(PatientNumbers.answeredBy(outcome)));
            TicketView view = queues.publish(tx, EventType.TICKET_ISSUED, ticket, actor);
            return new Issued(record, ticket, view);
        });
        LookupRecord record = issued.lookup();
        Ticket ticket = issued.ticket();
        TicketView view = issued.view();
        log.info("Check-in kiosk={} method={} kind={} key={} lookup={} outcome={} code={} class={} cause={} millis={}"
                        + " attempts={} pending={} ticket={} id={}{}{}", request.kioskId(), request.method(),
                document.kind(), Masking.number(lookupRequest.cardKey()), record.id(), record.outcome(),
                record.code().orElse("-"), record.lookupClass(), PendingLookupRetrier.cause(outcome), record.millis(),
                record.attempts(), pending,
                ticket.number(), ticket.id(), queue.priority() && chosen.isEmpty()
                        ? byAge.map(r -> " priority=" + r).orElse("") : "",
                clinic.map(c -> " clinic=" + c.id()).orElse(""));
        LookupView lookupView = record.toView();
        if (view.identityTampered()) {
            log.warn("Check-in kiosk={} ticket={}: chip data failed passive authentication ({}); the receptionist"
                    + " must check the card", request.kioskId(), ticket.number(), view.identityCheck().orElseThrow());
        }
        return new CheckinResponse(view, lookupView,
                INSTRUCTIONS.instruction(lookupView, ticket.number(), view.identityTampered()));
    }

    private record Issued(LookupRecord lookup, Ticket ticket, TicketView view) {
    }

    /** The identity of a check-in: the chip reading of a CHIP check-in, else the parsed code. */
    private IdentityDocument identify(CheckinRequest request) {
        if (request.chip().isPresent()) {
            if (request.method() != IdentificationMethod.CHIP) {
                throw new UnrecognisedCodeException("chip data sent with method " + request.method());
            }
            IdentityDocument chip = chips.toDocument(request.chip().get());
            if (!chip.idNumber().orElseThrow().equals(request.code().trim())) {
                throw new UnrecognisedCodeException("chip: the code does not match the chip's ID number");
            }
            return chip;
        }
        if (request.method() == IdentificationMethod.CHIP) {
            throw new UnrecognisedCodeException("a CHIP check-in without the chip's data");
        }
        ParseResult parsed = parser.parse(request.code());
        if (parsed instanceof ParseResult.Rejected r) {
            log.info("Check-in rejected kiosk={} method={}: {}", request.kioskId(), request.method(), r.reason());
            throw new UnrecognisedCodeException(r.reason());
        }
        return ((ParseResult.Recognised) parsed).document();
    }

    /**
     * What the gateway is asked. A patient who typed only a number is looked up with the name and
     * birth date the gateway confirmed at an earlier visit, when there was one; otherwise with the
     * birth year typed on the keypad and no name.
     */
    private LookupRequest lookupRequest(IdentityDocument document, Optional<Integer> typedBirthYear) {
        String key = document.gatewayCardKey().orElseThrow(
                () -> new UnrecognisedCodeException("the code carries neither a CCCD nor a BHYT number"));
        Optional<String> name = document.fullName();
        Optional<PartialDate> dob = document.dateOfBirth();
        if (name.isEmpty() || dob.isEmpty()) {
            Optional<LookupStore.KnownPatient> known = lookups.lastConfirmed(key);
            if (known.isPresent()) {
                name = name.or(() -> Optional.of(known.get().fullName()));
                Optional<PartialDate> knownDob = Optional.of(PartialDate.parseIso(known.get().dateOfBirth()));
                dob = dob.or(() -> knownDob);
            }
        }
        if (dob.isEmpty() && typedBirthYear.isPresent()) {
            dob = Optional.of(PartialDate.yearOnly(typedBirthYear.get()));
        }
        return new LookupRequest(key, name, dob, document.registeredFacility());
    }
}
