package vn.tiepdon.server.checkin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.eligibility.LookupOutcome;
import vn.tiepdon.core.eligibility.LookupRequest;
import vn.tiepdon.core.eligibility.ResultCodes;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.identity.PartialDate;
import vn.tiepdon.core.privacy.Masking;
import vn.tiepdon.core.queue.Ticket;
import vn.tiepdon.server.eligibility.EligibilityService;
import vn.tiepdon.server.eligibility.GatewayCaller;
import vn.tiepdon.server.eligibility.GatewayTry;
import vn.tiepdon.server.lookups.LookupAttempt;
import vn.tiepdon.server.lookups.LookupRecord;
import vn.tiepdon.server.lookups.PatientNumbers;
import vn.tiepdon.server.lookups.PatientNumbersStore;
import vn.tiepdon.server.lookups.PendingLookupStore;
import vn.tiepdon.server.queue.QueueService;
import vn.tiepdon.server.queue.TicketStore;
import vn.tiepdon.server.storage.Database;
import vn.tiepdon.server.storage.Jdbc;

/**
 * Retries today's pending lookups in the background (see {@link RetrySchedule}). Each retry is
 * stored in the lookup log; when one gets an answer — or the retries run out — the lookup keeps
 * that outcome and {@code lookup.completed} is published with the ticket's refreshed view, so the
 * desk sees the result arrive. Pending lookups live in the database: a server restarted mid-day
 * picks them up; several instances on one database claim each retry once.
 */
public final class PendingLookupRetrier implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(PendingLookupRetrier.class);
    private static final int BATCH = 50;
    /**
     * Retries sent at once. A background retry waits up to {@code gateway.backgroundBudget} (60 s) for
     * a gateway that answers in 5-30 s, so each holds a worker that long: 4 workers allowed about 14
     * background lookups a minute, below the default background quota (30 a minute), and lookups left
     * pending by an outage drained at that pace (the lookup bench's morning).
     */
    private static final int WORKERS = 16;
    /** A claimed retry not finished by then (instance died) is due again. */
    private static final Duration LEASE = Duration.ofMinutes(2);

    /** The actor of the events the retrier publishes. */
    static final String ACTOR = "server";
    private final Database db;
    private final PendingLookupStore pending;
    private final EligibilityService eligibility;
    private final TicketStore tickets;
    private final QueueService queues;
    private final RetrySchedule schedule;
    private final Clock clock;
    private final ExecutorService workers = Executors.newFixedThreadPool(WORKERS, r -> daemon(r, "lookup-retry"));
    private final ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(
            r -> daemon(r, "lookup-retry-tick"));

    public PendingLookupRetrier(Database db, PendingLookupStore pending, EligibilityService eligibility,
                                TicketStore tickets, QueueService queues, RetrySchedule schedule, Clock clock) {
        this.db = Objects.requireNonNull(db);
        this.pending = Objects.requireNonNull(pending);
        this.eligibility = Objects.requireNonNull(eligibility);
        this.tickets = Objects.requireNonNull(tickets);
        this.queues = Objects.requireNonNull(queues);
        this.schedule = Objects.requireNonNull(schedule);
        this.clock = Objects.requireNonNull(clock);
    }

    /** True when a check-in lookup with this outcome is retried in the background. */
    public static boolean needsRetry(LookupOutcome outcome) {
        if (outcome instanceof LookupOutcome.Answered a) {
            return ResultCodes.classify(a.code()).retryable();
        }
        return ((LookupOutcome.NoAnswer) outcome).reason().retryable();
    }

    /** True for a lookup that sent nothing and can be sent later (breaker open, budget spent, calls stopped). */
    static boolean heldBack(LookupOutcome outcome, List<GatewayTry> tries) {
        return tries.isEmpty() && outcome instanceof LookupOutcome.NoAnswer n
                && n.reason() == LookupOutcome.Reason.NOT_SENT;
    }

    /**
     * Why a lookup got no answer, on one line with its id in the log: the reason and its detail, or
     * the gateway's code (no personal data). The detail may carry an exception's message: line
     * breaks in it become spaces, so the log line stays one line.
     */
    public static String cause(LookupOutcome outcome) {
        if (outcome instanceof LookupOutcome.NoAnswer n) {
            return n.reason() + " (" + n.detail().strip().replaceAll("\\s+", " ") + ")";
        }
        return "code " + outcome.resultCode().orElse("?");
    }

    /** The gateway requests of one lookup call as lookup-log rows, numbered after {@code before}. */
    public static List<LookupAttempt> attempts(List<GatewayTry> tries, Instant started, int before,
                                               boolean background) {
        return tries.stream().map(t -> new LookupAttempt(0, before + t.number(), started.plusMillis(t.afterMillis()),
                background, t.outcome(), t.code(), t.lookupClass(), t.millis(), Optional.of(t.caller()), t.sent(),
                t.received())).toList();
    }

    public RetrySchedule schedule() {
        return schedule;
    }

    /** Looks for due retries every {@code tick}; ends pending lookups left from earlier days. */
    public PendingLookupRetrier start(Duration tick) {
        ticker.scheduleWithFixedDelay(this::tick, tick.toMillis(), tick.toMillis(), TimeUnit.MILLISECONDS);
        return this;
    }

    private void tick() {
        try {
            eligibility.guard().ifPresent(g -> g.outages().check());
            retryDue();
        } catch (RuntimeException e) {
            LOG.warn("Background lookup retry pass failed: {}", e.getClass().getSimpleName());
        }
    }

    /**
     * One pass: retries every pending lookup of today that is due, and waits for them.
     *
     * @return how many lookups stopped being pending
     */
    public int retryDue() {
        LocalDate today = queues.serviceDay();
        int expired = pending.expireBefore(today);
        if (expired > 0) {
            LOG.info("{} pending lookup(s) from earlier days keep their last outcome", expired);
        }
        List<Future<Boolean>> running = new ArrayList<>();
        for (PendingLookupStore.Due due : pending.due(today, clock.instant(), BATCH)) {
            if (pending.claim(due, clock.instant().plus(LEASE))) {
                running.add(workers.submit(() -> retry(due)));
            }
        }
        int completed = 0;
        for (Future<Boolean> f : running) {
            try {
                completed += f.get() ? 1 : 0;
            } catch (ExecutionException e) {
                LOG.warn("Background lookup retry failed: {}", e.getCause().getClass().getSimpleName());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return completed;
    }

    /** One background retry; true when the lookup is no longer pending. */
    private boolean retry(PendingLookupStore.Due due) {
        LookupRecord before = due.lookup();
        int retry = due.backgroundRetries() + 1;
        LookupRequest request = new LookupRequest(before.cardKey(), before.fullName(),
                before.dateOfBirth().map(PartialDate::parseIso));
        Instant started = clock.instant();
        List<GatewayTry> tries = new ArrayList<>();
        LookupOutcome outcome = eligibility.lookUp(request, GatewayCaller.BACKGROUND, tries::add);
        if (heldBack(outcome, tries)) {
            Instant again = clock.instant().plus(schedule.jitteredDelayBefore(retry, ThreadLocalRandom.current()));
            pending.defer(before.id(), again);
            LOG.debug("Background retry of lookup {} held back ({}); due again at {}", before.id(), cause(outcome),
                    again);
            return false;
        }
        boolean answered = !needsRetry(outcome);
        boolean more = !answered && retry < schedule.maxRetries();
        Optional<Instant> next = more
                ? Optional.of(clock.instant().plus(schedule.jitteredDelayBefore(retry + 1, ThreadLocalRandom.current())))
                : Optional.empty();
        Optional<LookupOutcome> got = Optional.of(outcome);
        List<LookupAttempt> sent = attempts(tries, started, before.attempts(), true);
        Completed done = Jdbc.inTx(db, tx -> {
            LookupRecord after = pending.record(tx.connection(), before.id(), got, sent, next);
            PatientNumbersStore.complete(tx.connection(), before.id(), PatientNumbers.answeredBy(outcome));
            if (after.settledByStaff()) {
                return new Completed(after, Optional.empty());
            }
            if (more) {
                return new Completed(after, Optional.empty());
            }
            Optional<Ticket> ticket = due.ticketId().isPresent()
                    ? tickets.find(tx.connection(), due.ticketId().get()) : Optional.empty();
            if (ticket.isEmpty()) {
                return new Completed(after, Optional.empty());
            }
            Optional<String> name = outcome.answeredName();
            if (name.isPresent()) {
                tickets.fillPatientName(tx.connection(), ticket.get().id(), name.get());
            }
            Ticket refreshed = ticket.get().withNameIfMissing(name);
            queues.publish(tx, EventType.LOOKUP_COMPLETED, refreshed, ACTOR);
            return new Completed(after, Optional.of(refreshed));
        });
        LookupRecord after = done.lookup();
        if (after.settledByStaff()) {
            LOG.info("Background retry {} of lookup {} ({}): a receptionist settled the lookup meanwhile; its {}"
                    + " request(s) are logged, its outcome stays", retry, before.id(), Masking.number(before.cardKey()),
                    sent.size());
            return true;
        }
        LOG.info("Background retry {} of lookup {} ({}): {} code={} class={} cause={} requests={}{}", retry,
                before.id(), Masking.number(before.cardKey()), after.outcome(), after.code().orElse("-"),
                after.lookupClass(), cause(outcome), sent.size(),
                more ? ", retried again at " + next.get() : ", done");
        if (!more && done.ticket().isEmpty()) {
            LOG.warn("Lookup {} completed but belongs to no ticket", before.id());
        }
        return !more;
    }

    private record Completed(LookupRecord lookup, Optional<Ticket> ticket) {
    }


    @Override
    public void close() {
        ticker.shutdownNow();
        workers.shutdownNow();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static Thread daemon(Runnable r, String name) {
        Thread t = new Thread(r, name);
        t.setDaemon(true);
        return t;
    }
}
