package vn.tiepdon.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.event.ReceptionEvent;
import vn.tiepdon.server.events.EventLog;

/**
 * {@code GET /api/v1/events}: replays what a subscriber missed (after {@code Last-Event-ID} or
 * {@code ?after=}), then streams new events. Each subscriber has its own queue and sender thread,
 * so a slow display never holds up a kiosk.
 */
final class EventStream implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventStream.class);
    private static final int REPLAY_LIMIT = 10_000;
    private final EventLog events;
    private final JsonMapper json;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-ping");
        t.setDaemon(true);
        return t;
    });

    EventStream(EventLog events, JsonMapper json, long pingSeconds) {
        this.events = events;
        this.json = json;
        pinger.scheduleAtFixedRate(this::ping, pingSeconds, pingSeconds, TimeUnit.SECONDS);
    }

    void accept(SseClient client) {
        long after = requestedAfter(client.ctx());
        Subscriber s = new Subscriber(client, after);
        client.keepAlive();
        subscribers.add(s);
        client.onClose(() -> {
            subscribers.remove(s);
            s.stop();
        });
        // subscribe before replaying, so nothing falls between; the sender drops duplicates by id
        AutoCloseable handle = events.subscribe(s.queue::offer);
        s.unsubscribe = handle;
        if (after > 0) {
            List<ReceptionEvent> missed = events.after(after, REPLAY_LIMIT);
            s.replay(missed);
        }
        s.thread.start();
        log.info("Event subscriber connected from {} after id {}", client.ctx().ip(), after);
    }

    private static long requestedAfter(Context ctx) {
        String header = ctx.header("Last-Event-ID");
        String value = header != null && !header.isBlank() ? header : ctx.queryParam("after");
        if (value == null || value.isBlank()) {
            return 0;
        }
        try {
            return Math.max(0, Long.parseLong(value.trim()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private void ping() {
        for (Subscriber s : subscribers) {
            try {
                s.client.sendComment("ping");
            } catch (RuntimeException e) {
                s.stop();
            }
        }
    }

    @Override
    public void close() {
        pinger.shutdownNow();
        for (Subscriber s : subscribers) {
            s.stop();
            s.client.close();
        }
    }

    private final class Subscriber {
        final SseClient client;
        final BlockingQueue<ReceptionEvent> queue = new LinkedBlockingQueue<>();
        final BlockingQueue<ReceptionEvent> replayed = new LinkedBlockingQueue<>();
        final Thread thread;
        volatile boolean running = true;
        volatile AutoCloseable unsubscribe;
        long lastSent;

        Subscriber(SseClient client, long after) {
            this.client = client;
            this.lastSent = after;
            this.thread = new Thread(this::run, "sse-sender");
            this.thread.setDaemon(true);
        }

        void replay(List<ReceptionEvent> missed) {
            replayed.addAll(missed);
        }

        void run() {
            try {
                ReceptionEvent e;
                while (running && (e = replayed.poll()) != null) {
                    send(e);
                }
                while (running) {
                    e = queue.poll(1, TimeUnit.SECONDS);
                    if (e != null) {
                        send(e);
                    }
                    if (client.terminated()) {
                        stop();
                    }
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException re) {
                log.info("Event subscriber dropped: {}", re.toString());
            } finally {
                stop();
            }
        }

        private void send(ReceptionEvent e) {
            if (e.id() <= lastSent) {
                return;
            }
            try {
                client.sendEvent(e.type(), json.writeValueAsString(e), Long.toString(e.id()));
            } catch (JsonProcessingException ex) {
                throw new IllegalStateException("event not serialisable", ex);
            }
            lastSent = e.id();
        }

        void stop() {
            running = false;
            AutoCloseable u = unsubscribe;
            if (u != null) {
                try {
                    u.close();
                } catch (Exception ignored) {
                    // unsubscribing from an in-memory list cannot fail
                }
            }
        }
    }
}
