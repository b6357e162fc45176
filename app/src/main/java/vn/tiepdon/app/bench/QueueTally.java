package vn.tiepdon.app.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;
import vn.tiepdon.client.ApiException;
import vn.tiepdon.core.api.HallCall;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.event.EventType;
import vn.tiepdon.core.event.HallEvent;

/**
 * What the queue bench's kiosks, desks and display saw, recorded from all their threads at once:
 * finds tickets issued twice (a number of a queue and day, or a ticket id, answered to two
 * check-ins), tickets called twice (two desks' answers naming the same ticket, or two
 * {@code ticket.called} events for it, or an event naming another counter than the desk that got
 * the ticket), and joins each desk's call with the {@code ticket.called} event the display received
 * for it. Times are {@link System#nanoTime()} values of the one process.
 */
final class QueueTally {
    private final ZoneId zone;
    private final Map<String, Long> issuedByNumber = new ConcurrentHashMap<>();
    private final Map<Long, String> issuedById = new ConcurrentHashMap<>();
    private final Map<Long, Call> calls = new ConcurrentHashMap<>();
    private final Map<Long, Arrival> callEvents = new ConcurrentHashMap<>();
    private final Map<String, LongAdder> errors = new ConcurrentHashMap<>();
    private final LongAdder duplicateIssues = new LongAdder();
    private final LongAdder duplicateCalls = new LongAdder();
    private final LongAdder duplicateCallEvents = new LongAdder();
    private final LongAdder hallEvents = new LongAdder();
    private final Object eventArrived = new Object();
    private final Object ticketIssued = new Object();
    // guarded by ticketIssued
    private long issuedEvents;

    /** A desk's call: the ticket it got, when the request was sent and when its answer came back. */
    record Call(long ticketId, String counterId, long sentNanos, long answeredNanos, boolean measured) {
    }

    private record Arrival(Optional<String> counterId, long arrivedNanos) {
    }

    /** What the run found, once every worker has stopped. */
    record Summary(long issued, long called, long duplicateIssues, long duplicateCalls, long wrongCounterEvents,
                   long missingEvents, long hallEvents, long[] eventAfterSendMicros, long[] eventAfterAnswerMicros,
                   Map<String, Long> errors) {
        /** Every duplicate: issued twice, called twice (by the desks' answers or the hall's events). */
        long duplicates() {
            return duplicateIssues + duplicateCalls + wrongCounterEvents;
        }

        long errorCount() {
            return errors.values().stream().mapToLong(Long::longValue).sum();
        }
    }

    QueueTally(ZoneId zone) {
        this.zone = zone;
    }

    /** A kiosk's check-in answered with {@code ticket}. */
    void issued(TicketView ticket) {
        LocalDate day = LocalDate.ofInstant(ticket.issuedAt(), zone);
        String key = day + "|" + ticket.queueId() + "|" + ticket.number();
        Long sameNumber = issuedByNumber.putIfAbsent(key, ticket.id());
        String sameId = issuedById.putIfAbsent(ticket.id(), key);
        if (sameNumber != null || sameId != null) {
            duplicateIssues.increment();
        }
    }

    /** A desk's call answered with a ticket. */
    void called(Call call) {
        if (calls.putIfAbsent(call.ticketId(), call) != null) {
            duplicateCalls.increment();
        }
    }

    /** An event as the display received it, at {@code arrivedNanos}. */
    void hallEvent(HallEvent event, long arrivedNanos) {
        hallEvents.increment();
        if (event.type() == EventType.TICKET_ISSUED) {
            synchronized (ticketIssued) {
                issuedEvents++;
                ticketIssued.notify(); // one idle desk goes; the others at their next look
            }
        }
        if (event.type() != EventType.TICKET_CALLED || event.call().isEmpty()) {
            return;
        }
        HallCall call = event.call().get();
        if (callEvents.putIfAbsent(call.ticketId(), new Arrival(call.counterId(), arrivedNanos)) != null) {
            duplicateCallEvents.increment();
        }
        synchronized (eventArrived) {
            eventArrived.notifyAll();
        }
    }

    /** A request that failed: counted by what failed and how ({@code next:INTERNAL}, {@code checkin:timeout}). */
    void failed(String what, RuntimeException e) {
        String how = e instanceof ApiException api
                ? api.error().map(a -> a.error().name()).orElse("HTTP_" + api.httpStatus())
                : e.getClass().getSimpleName();
        errors.computeIfAbsent(what + ":" + how, k -> new LongAdder()).increment();
    }

    /** How many {@code ticket.issued} events the display has received. */
    long issuedEvents() {
        synchronized (ticketIssued) {
            return issuedEvents;
        }
    }

    /**
     * An idle desk's wait: until the display has received more than {@code seen}
     * {@code ticket.issued} events (a new patient, as a receptionist sees on the screen), at most
     * {@code timeout}. Each new ticket wakes one waiting desk, not all of them at once; the others
     * go at their next look (when they wake for another ticket or the timeout).
     */
    void awaitIssuedEvent(long seen, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (ticketIssued) {
            while (issuedEvents <= seen) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return;
                }
                ticketIssued.wait(Math.max(1, left / 1_000_000));
            }
        }
    }

    /** Waits until the display received a {@code ticket.called} event for every call; false when {@code timeout} ran out. */
    boolean awaitCallEvents(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (eventArrived) {
            while (!callEvents.keySet().containsAll(calls.keySet())) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                eventArrived.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }

    Summary summary() {
        Samples afterSend = new Samples();
        Samples afterAnswer = new Samples();
        long missing = 0;
        long wrongCounter = 0;
        for (Call c : calls.values()) {
            Arrival a = callEvents.get(c.ticketId());
            if (a == null) {
                missing++;
                continue;
            }
            if (!a.counterId().equals(Optional.of(c.counterId()))) {
                wrongCounter++;
            }
            if (c.measured()) {
                afterSend.add((a.arrivedNanos() - c.sentNanos()) / 1_000);
                afterAnswer.add((a.arrivedNanos() - c.answeredNanos()) / 1_000);
            }
        }
        Map<String, Long> errorCounts = new TreeMap<>();
        errors.forEach((k, v) -> errorCounts.put(k, v.sum()));
        return new Summary(issuedById.size(), calls.size(), duplicateIssues.sum(),
                duplicateCalls.sum() + duplicateCallEvents.sum(), wrongCounter, missing, hallEvents.sum(),
                afterSend.sorted(), afterAnswer.sorted(), errorCounts);
    }
}
