package vn.tiepdon.bhxhsim;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import org.eclipse.jetty.server.Request;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * How the simulator's answers go out: at once, after a delay, or never (an outage), none of them
 * holding a server thread while it waits; and how many gateway requests are in flight meanwhile.
 */
final class Answering implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Answering.class);
    private static final String IN_FLIGHT = "tiepdon.sim.inFlight";
    private static final String STARTED = "tiepdon.sim.started";
    private static final int HANDLING_KEPT = 100_000;

    private final ScheduledExecutorService scheduler;
    private final Set<CompletableFuture<Void>> held = ConcurrentHashMap.newKeySet();
    private final Set<Outage> outage = ConcurrentHashMap.newKeySet();
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakInFlight = new AtomicInteger();
    private final ConcurrentLinkedQueue<Long> handling = new ConcurrentLinkedQueue<>();

    Answering() {
        this.scheduler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "bhxh-sim-delays");
            t.setDaemon(true);
            return t;
        });
    }

    /** Counts a gateway request in flight until it is answered or dropped. */
    void begin(Context ctx) {
        ctx.attribute(IN_FLIGHT, new AtomicBoolean(true));
        peakInFlight.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
    }

    /** Times this request's handling for {@link #drainHandlingMicros()}. */
    void timeHandling(Context ctx) {
        ctx.attribute(STARTED, System.nanoTime());
    }

    /** Counts the request out of {@link #inFlight()} (once; a no-op for requests never begun). */
    void finish(Context ctx) {
        AtomicBoolean pending = ctx.attribute(IN_FLIGHT);
        if (pending != null && pending.getAndSet(false)) {
            inFlight.decrementAndGet();
        }
    }

    int inFlight() {
        return inFlight.get();
    }

    int peakInFlight() {
        return peakInFlight.get();
    }

    /** Answers now, or after {@code delayMillis} without holding a server thread. */
    void respond(Context ctx, long delayMillis, int status, String type, byte[] body) {
        if (delayMillis <= 0) {
            send(ctx, status, type, body);
            return;
        }
        ctx.future(() -> {
            CompletableFuture<Void> done = new CompletableFuture<>();
            held.add(done);
            done.whenComplete((ok, error) -> held.remove(done));
            try {
                scheduler.schedule(() -> {
                    send(ctx, status, type, body);
                    done.complete(null);
                }, delayMillis, TimeUnit.MILLISECONDS);
            } catch (RejectedExecutionException e) {
                done.completeExceptionally(e);
            }
            return done;
        });
    }

    void send(Context ctx, int status, String type, byte[] body) {
        finish(ctx);
        ctx.status(status).contentType(type).result(body);
        Long started = ctx.attribute(STARTED);
        if (started != null) {
            handling.add((System.nanoTime() - started) / 1_000);
            while (handling.size() > HANDLING_KEPT) {
                handling.poll();
            }
        }
    }

    /** See {@link BhxhSimulator#drainHandlingMicros()}. */
    List<Long> drainHandlingMicros() {
        List<Long> out = new ArrayList<>();
        Long v;
        while ((v = handling.poll()) != null) {
            out.add(v);
        }
        return out;
    }

    /**
     * Holds the request with no answer until {@link #dropHeldByOutage()} or {@link #close()};
     * dropped at once if {@code stillDown} no longer holds once it is registered.
     */
    void holdWithoutAnswer(Context ctx, BooleanSupplier stillDown) {
        ctx.future(() -> {
            Outage o = new Outage(ctx, new CompletableFuture<>());
            outage.add(o);
            if (!stillDown.getAsBoolean()) {
                drop(o);
            }
            return o.done();
        });
    }

    /** Closes every connection held by an outage, without a byte of answer. */
    void dropHeldByOutage() {
        outage.forEach(this::drop);
    }

    /** Ends delayed answers at once with HTTP 500 (the exception handler) and drops outage-held ones. */
    @Override
    public void close() {
        scheduler.shutdownNow();
        dropHeldByOutage();
        held.forEach(f -> f.completeExceptionally(new SimulatorClosed()));
    }

    /**
     * Closes an outage-held connection without a byte of answer. Its future is left incomplete on
     * purpose: completing it would make Javalin write an answer on the aborted channel (which Jetty
     * logs as a failure); once dropped from {@link #outage} it is garbage with the request.
     */
    private void drop(Outage o) {
        if (!outage.remove(o)) {
            return;
        }
        finish(o.ctx());
        try {
            Request.getBaseRequest(o.ctx().req()).getHttpChannel().abort(new SimulatorClosed());
        } catch (RuntimeException e) {
            LOG.debug("BHXH simulator could not drop a held connection: {}", e.toString());
            o.done().completeExceptionally(new SimulatorClosed());
        }
    }

    /** A request held by an outage. */
    private record Outage(Context ctx, CompletableFuture<Void> done) {
    }

    /** Ends held lookups when the simulator closes. */
    static final class SimulatorClosed extends RuntimeException {
        SimulatorClosed() {
            super("simulator closed", null, false, false);
        }
    }
}
