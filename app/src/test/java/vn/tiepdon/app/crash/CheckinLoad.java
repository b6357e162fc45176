package vn.tiepdon.app.crash;

import static org.assertj.core.api.Assertions.fail;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import vn.tiepdon.app.demo.DemoCodes;
import vn.tiepdon.bhxhsim.DemoPopulation;
import vn.tiepdon.client.HttpReceptionClient;
import vn.tiepdon.core.api.CheckinRequest;
import vn.tiepdon.core.api.CheckinResponse;
import vn.tiepdon.core.identity.IdentificationMethod;

/**
 * Check-ins from several threads, one kiosk client each (the same kiosk's token), alternating the
 * queues {@code bhyt} and {@code service} and two demo people (a CCCD QR and a BHYT QR). Only a
 * check-in the server answered (201 with the ticket) is recorded as answered; a call that failed
 * after {@link #stop()} was in flight when the server died.
 */
final class CheckinLoad {
    static final List<String> QUEUES = List.of("bhyt", "service");
    private static final List<String> CODES = List.of(
            DemoCodes.cccdQr(DemoPopulation.ELIGIBLE_BY_CCCD),
            DemoCodes.bhytQr(DemoPopulation.ELIGIBLE_BY_CARD));

    /** A ticket the kiosk received. */
    record Answered(long ticketId, String queueId, String number, boolean pendingLookup) {
    }

    private final String kioskId;
    private final int maxCalls;
    private final AtomicInteger claimed = new AtomicInteger();
    private final Queue<Answered> answered = new ConcurrentLinkedQueue<>();
    private final Queue<String> failedBeforeStop = new ConcurrentLinkedQueue<>();
    private final AtomicInteger failedAfterStop = new AtomicInteger();
    private final List<Thread> threads = new ArrayList<>();
    private volatile boolean stopped;

    private CheckinLoad(String kioskId, int maxCalls) {
        this.kioskId = kioskId;
        this.maxCalls = maxCalls;
    }

    /** Starts one thread per client; together they make at most {@code maxCalls} check-ins. */
    static CheckinLoad start(String name, List<HttpReceptionClient> kiosks, String kioskId, int maxCalls) {
        CheckinLoad load = new CheckinLoad(kioskId, maxCalls);
        for (int i = 0; i < kiosks.size(); i++) {
            HttpReceptionClient kiosk = kiosks.get(i);
            Thread t = new Thread(() -> load.run(kiosk), name + "-" + i);
            t.setDaemon(true);
            load.threads.add(t);
        }
        load.threads.forEach(Thread::start);
        return load;
    }

    /** The request of the {@code n}-th check-in: queues and people alternate. */
    static CheckinRequest request(String kioskId, int n) {
        return new CheckinRequest(kioskId, IdentificationMethod.QR, CODES.get((n / 2) % CODES.size()),
                Optional.empty(), Optional.of(QUEUES.get(n % QUEUES.size())));
    }

    private void run(HttpReceptionClient kiosk) {
        while (!stopped) {
            int n = claimed.getAndIncrement();
            if (n >= maxCalls) {
                return;
            }
            try {
                CheckinResponse r = kiosk.checkIn(request(kioskId, n));
                answered.add(new Answered(r.ticket().id(), r.ticket().queueId(), r.ticket().number(),
                        r.lookup().pending()));
            } catch (RuntimeException e) {
                if (stopped) {
                    failedAfterStop.incrementAndGet();
                } else {
                    failedBeforeStop.add(e.getClass().getSimpleName() + ": " + e.getMessage());
                }
            }
        }
    }

    /** No thread starts another check-in; calls under way go on (until the server dies). */
    void stop() {
        stopped = true;
    }

    /** Waits until every thread has ended (all calls made, or stopped and their calls answered or failed). */
    void awaitEnd(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        for (Thread t : threads) {
            long left = Math.max(1, (deadline - System.nanoTime()) / 1_000_000);
            t.join(left);
            if (t.isAlive()) {
                fail("check-in thread " + t.getName() + " still running " + timeout.toMillis() + " ms later; "
                        + answeredCount() + " answered so far");
            }
        }
    }

    int answeredCount() {
        return answered.size();
    }

    List<Answered> answered() {
        return List.copyOf(answered);
    }

    /** Check-ins that got no answer because the server died under them (failed after {@link #stop()}). */
    int inFlightLost() {
        return failedAfterStop.get();
    }

    /** Check-ins that failed while the server was up: there should be none. */
    List<String> failedWhileUp() {
        return List.copyOf(failedBeforeStop);
    }
}
