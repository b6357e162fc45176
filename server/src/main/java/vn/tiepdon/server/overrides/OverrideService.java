package vn.tiepdon.server.overrides;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.api.AuditEntry;
import vn.tiepdon.core.api.ErrorCode;
import vn.tiepdon.core.api.LookupOverride;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.identity.DocumentKind;
import vn.tiepdon.core.identity.IdentityCheck;
import vn.tiepdon.core.identity.IdentityParser;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.checkin.PendingLookupRetrier;
import vn.tiepdon.server.checkin.RetrySchedule;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.GatewayTry;
import vn.tiepdon.server.http.ApiProblem;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.LookupStore;
import vn.tiepdon.server.queue.QueueService;
import vn.tiepdon.server.queue.TicketStore;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;
import vn.tiepdon.server.storage.Tx;

/**
 * A receptionist fixes a failed lookup, with a reason: re-runs it with corrected values, accepts
 * it on a paper BHYT card or the VssID screen, or marks the visit fee-paying.
 *
 * <p>Each override is one transaction: the lookup log (a re-run adds a new lookup with its gateway
 * requests and keeps the old one, linked both ways), the ticket (a re-run points it at the new
 * lookup; a missing patient name is filled in), one {@code lookup_audit} row, and the
 * {@code lookup.overridden} event as its last write. A re-run asks the gateway before that
 * transaction, outside any, after every value was checked. A fee-paying mark leaves the ticket in
 * its queue: the patient is usually at the counter already, and the receptionist transfers the
 * ticket when the hospital serves fee-paying visits elsewhere.
 */
public final class OverrideService {
    private static final Logger log = LoggerFactory.getLogger(OverrideService.class);
    private final IdentityParser parser;
    private final EligibilityService eligibility;
    private final Database db;
    private final LookupStore lookups;
    private final TicketStore tickets;
    private final QueueService queues;
    private final RetrySchedule retries;
    private final Clock clock;
    private final LookupAuditStore audit = new LookupAuditStore();

    /** @param retries when a re-run the gateway did not answer is first retried in the background */
    public OverrideService(EligibilityService eligibility, Database db, LookupStore lookups, TicketStore tickets,
                           QueueService queues, RetrySchedule retries, Clock clock) {
        this.parser = new IdentityParser(clock);
        this.eligibility = Objects.requireNonNull(eligibility);
        this.db = Objects.requireNonNull(db);
        this.lookups = Objects.requireNonNull(lookups);
        this.tickets = Objects.requireNonNull(tickets);
        this.queues = Objects.requireNonNull(queues);
        this.retries = Objects.requireNonNull(retries);
        this.clock = Objects.requireNonNull(clock);
    }

    /**
     * Carries out an override and returns the ticket as it now stands.
     *
     * @param actor who: {@code user:lan}...
     * @throws ApiProblem {@code REASON_REQUIRED}, {@code BAD_REQUEST} (a malformed or missing value,
     *                    named), {@code UNKNOWN_LOOKUP}, {@code NOTHING_TO_FIX} (the lookup
     *                    succeeded, was settled already, was re-run, or belongs to no ticket)
     */
    public TicketView override(long lookupId, LookupOverride request, String actor) {
        Corrections values = Corrections.check(request, parser, queues.serviceDay());
        Target before = Jdbc.inTx(db, tx -> target(tx.connection(), lookupId, false));
        return request.action() == LookupOverride.Action.RERUN
                ? rerun(before, values, actor)
                : settle(before, request.action(), values, actor);
    }

    /** The changes to a lookup and to the other lookups of its check-in (re-runs), oldest first. */
    public List<AuditEntry> audit(long lookupId) {
        return Jdbc.inTx(db, tx -> {
            List<Long> chain = lookups.chain(tx.connection(), lookupId);
            if (chain.isEmpty()) {
                throw unknown(lookupId);
            }
            return audit.of(tx.connection(), chain);
        });
    }

    /** A lookup that needs fixing and the ticket it belongs to. */
    private record Target(LookupRecord lookup, Ticket ticket) {
    }

    /** The lookup and its ticket, checked to need fixing; with {@code lock}, the lookup row stays locked. */
    private Target target(Connection c, long lookupId, boolean lock) throws SQLException {
        LookupRecord lookup = (lock ? lookups.lock(c, lookupId) : lookups.find(c, lookupId))
                .orElseThrow(() -> unknown(lookupId));
        if (lookup.supersededBy().isPresent()) {
            throw nothingToFix("lookup " + lookupId + " was re-run as lookup " + lookup.supersededBy().get()
                    + ": fix that one");
        }
        Ticket ticket = tickets.byLookup(c, lookupId)
                .orElseThrow(() -> nothingToFix("lookup " + lookupId + " belongs to no ticket"));
        boolean tampered = ticket.identityCheck().map(IdentityCheck::tampered).orElse(false);
        if (!lookup.toView().fixable(tampered)) {
            throw nothingToFix(lookup.fix().filter(f -> f.action() != LookupOverride.Action.RERUN)
                    .map(f -> "lookup " + lookupId + " was settled already: " + f.action() + " by " + f.actor())
                    .orElseGet(() -> "lookup " + lookupId + " succeeded (" + lookup.lookupClass() + ")"
                            + (lookup.rerunOf().isPresent() ? " when re-run" : "") + ": nothing to fix"));
        }
        return new Target(lookup, ticket);
    }

    private TicketView rerun(Target before, Corrections values, String actor) {
        LookupRecord old = before.lookup();
        String key = values.cardNumber().or(values::idNumber).orElse(old.cardKey());
        DocumentKind kind = values.cardNumber().isPresent() ? DocumentKind.BHYT_NUMBER
                : values.idNumber().isPresent() ? DocumentKind.CCCD_NUMBER : old.documentKind();
        Optional<String> name = values.fullName().or(old::fullName);
        Optional<PartialDate> dob = values.dateOfBirth().or(() -> old.dateOfBirth().map(PartialDate::parseIso));
        Instant started = clock.instant();
        List<GatewayTry> tries = new ArrayList<>();
        LookupOutcome outcome = eligibility.lookUp(new LookupRequest(key, name, dob), GatewayCaller.DESK, tries::add);
        boolean pending = PendingLookupRetrier.needsRetry(outcome);
        Optional<Instant> firstRetry = pending ? Optional.of(clock.instant().plus(retries.firstDelay()))
                : Optional.empty();
        LookupRecord.Fix fix = new LookupRecord.Fix(LookupOverride.Action.RERUN, actor, clock.instant(),
                values.reason(), Optional.empty());
        LookupRecord unsaved = LookupRecord.of(started, old.serviceDay(), old.kioskId(), old.method(), kind, key, name,
                dob.map(PartialDate::toString), outcome, pending).asRerunOf(old.id(), fix);
        Done done = Jdbc.inTx(db, tx -> {
            Target now = target(tx.connection(), old.id(), true);
            Connection c = tx.connection();
            LookupRecord rerun = lookups.insert(c, unsaved, firstRetry,
                    PendingLookupRetrier.attempts(tries, started, 0, false));
            lookups.attachTicket(c, rerun.id(), now.ticket().id());
            lookups.settle(c, old.id(), fix, Optional.of(rerun.id()));
            tickets.pointAtLookup(c, now.ticket().id(), rerun.id());
            Optional<String> patientName = name.or(outcome::answeredName);
            if (patientName.isPresent()) {
                tickets.fillPatientName(c, now.ticket().id(), patientName.get());
            }
            String detail = "re-run as lookup " + rerun.id() + " with " + Masking.number(key)
                    + (values.corrected().isEmpty() ? ", nothing corrected" : ", corrected " + values.corrected())
                    + "; was " + describe(now.lookup()) + "; now " + describe(rerun)
                    + (pending ? ", retried in the background" : "");
            return finish(tx, now, fix, detail);
        });
        log.info("Lookup {} of ticket {} re-run by {} as lookup {} ({}): {} code={} class={}{}", old.id(),
                done.ticket().number(), actor, done.ticket().lookup().map(l -> l.id()).orElse(0L),
                Masking.number(key), outcome.resultCode().isPresent() ? "ANSWERED" : "NO_ANSWER",
                outcome.resultCode().orElse("-"), outcome.lookupClass(), pending ? " pending" : "");
        return done.ticket();
    }

    private TicketView settle(Target before, LookupOverride.Action action, Corrections values, String actor) {
        Optional<String> card = action == LookupOverride.Action.FEE_PAYING ? Optional.empty() : values.cardNumber();
        LookupRecord.Fix fix = new LookupRecord.Fix(action, actor, clock.instant(), values.reason(), card);
        Done done = Jdbc.inTx(db, tx -> {
            Target now = target(tx.connection(), before.lookup().id(), true);
            lookups.settle(tx.connection(), now.lookup().id(), fix, Optional.empty());
            if (values.fullName().isPresent()) {
                tickets.fillPatientName(tx.connection(), now.ticket().id(), values.fullName().get());
            }
            String detail = switch (action) {
                case ACCEPT_PAPER_CARD -> "accepted on a paper BHYT card " + Masking.number(card.orElseThrow());
                case ACCEPT_VSSID -> "accepted on the VssID screen, card " + Masking.number(card.orElseThrow());
                case FEE_PAYING -> "visit marked fee-paying; ticket stays in queue " + now.ticket().queueId();
                case RERUN -> throw new IllegalArgumentException("a re-run is not settled");
            } + "; was " + describe(now.lookup());
            return finish(tx, now, fix, detail);
        });
        log.info("Lookup {} of ticket {} overridden by {}: {}{}", before.lookup().id(), done.ticket().number(), actor,
                action, card.map(n -> " card " + Masking.number(n)).orElse(""));
        return done.ticket();
    }

    /** The audit row, then the event (the transaction's last write). */
    private Done finish(Tx tx, Target target, LookupRecord.Fix fix, String detail) throws SQLException {
        Connection c = tx.connection();
        audit.append(c, new LookupAuditStore.Row(target.lookup().id(), target.ticket().id(), fix.at(), fix.actor(),
                fix.action(), fix.reason(), Optional.of(detail)));
        Ticket refreshed = tickets.find(c, target.ticket().id()).orElseThrow();
        return new Done(queues.publish(tx, EventType.LOOKUP_OVERRIDDEN, refreshed, fix.actor()));
    }

    private record Done(TicketView ticket) {
    }

    private static String describe(LookupRecord r) {
        return r.lookupClass() + r.code().map(code -> " code " + code).orElse("")
                + (r.outcome().answered() ? "" : " (" + r.outcome().wire() + ")");
    }

    private static ApiProblem unknown(long lookupId) {
        return new ApiProblem(ErrorCode.UNKNOWN_LOOKUP, "no lookup with id " + lookupId);
    }

    private static ApiProblem nothingToFix(String message) {
        return new ApiProblem(ErrorCode.NOTHING_TO_FIX, message);
    }
}
