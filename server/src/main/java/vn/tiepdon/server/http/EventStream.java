package vn.tiepdon.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import io.javalin.http.Context;
import io.javalin.http.sse.SseClient;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The mechanics of every event stream route: replays what a subscriber missed (after
 * {@code Last-Event-ID} or {@code ?after=}), then streams new events. Each subscriber has its own
 * queue and sender thread, so a slow display never holds up a kiosk. Every ping (15 s) checks the
 * subscriber's token again: a revoked device or an ended session stops receiving.
 *
 * <p>Only the sender thread writes to its response: the ping thread queues a ping for it (Jetty
 * refuses a write while another thread's write is under way, and such a collision once dropped
 * the subscriber). A sender that stops for any reason closes its response, so the display notices,
 * reconnects and is replayed what it missed, instead of staying connected to a stream that no
 * longer sends.
 */
final class EventStream implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(EventStream.class);
    /** Replay reads stored events in pages of this many until it has caught up. */
    private static final int REPLAY_PAGE = 1_000;
    /** Queued by the ping thread for each sender: check the token, then send a ping comment. */
    private static final EventFeed.Sent PING = new EventFeed.Sent(0, "ping", "");
    private final JsonMapper json;
    private final Authenticator authenticator;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService pinger = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "sse-ping");
        t.setDaemon(true);
        return t;
    });

    EventStream(JsonMapper json, Authenticator authenticator, long pingSeconds) {
        this.json = json;
        this.authenticator = authenticator;
        pinger.scheduleAtFixedRate(this::ping, pingSeconds, pingSeconds, TimeUnit.SECONDS);
    }

    /** A subscription to a feed made before the stream's response starts, queuing new events. */
    static final class Early {
        final EventFeed feed;
        final BlockingQueue<EventFeed.Sent> queue = new LinkedBlockingQueue<>();
        final AutoCloseable unsubscribe;
        private volatile boolean taken;

        private Early(EventFeed feed) {
            this.feed = feed;
            this.unsubscribe = feed.subscribe(queue::offer);
        }

        /** Ends the subscription when no stream took it (the request was not an event stream). */
        void closeUnlessTaken() {
            if (!taken) {
                try {
                    unsubscribe.close();
                } catch (Exception ignored) {
                    // unsubscribing from an in-memory list cannot fail
                }
            }
        }
    }

    /** Subscribes to {@code feed} now, before the response's headers are sent. */
    Early subscribeEarly(EventFeed feed) {
        return new Early(feed);
    }

    void accept(SseClient client, Early early, Optional<Caller> caller, Optional<String> token) {
        early.taken = true;
        long after = requestedAfter(client.ctx());
        // subscribed (early) before replaying, so nothing falls between; the sender drops duplicates by id
        Subscriber s = new Subscriber(client, early, after, token);
        client.keepAlive();
        subscribers.add(s);
        client.onClose(() -> {
            subscribers.remove(s);
            s.stop();
        });
        s.thread.start();
        log.info("Event subscriber {} connected to {} after id {}", caller.map(Caller::actor).orElse("-"),
                client.ctx().path(), after);
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
            if (s.running) {
                s.queue.offer(PING);
            } else {
                subscribers.remove(s);
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
        final Optional<String> token;
        final BlockingQueue<EventFeed.Sent> queue;
        final EventFeed feed;
        final boolean replay;
        final Thread thread;
        volatile boolean running = true;
        volatile AutoCloseable unsubscribe;
        long lastSent;

        Subscriber(SseClient client, Early early, long after, Optional<String> token) {
            this.client = client;
            this.feed = early.feed;
            this.queue = early.queue;
            this.unsubscribe = early.unsubscribe;
            this.replay = after > 0;
            this.lastSent = after;
            this.token = token;
            this.thread = new Thread(this::run, "sse-sender");
            this.thread.setDaemon(true);
        }

        void run() {
            try {
                List<EventFeed.Sent> page = replay ? feed.after(lastSent, REPLAY_PAGE) : List.of();
                while (running && !page.isEmpty()) {
                    page.forEach(this::send);
                    page = feed.after(lastSent, REPLAY_PAGE);
                }
                EventFeed.Sent e;
                while (running) {
                    e = queue.poll(1, TimeUnit.SECONDS);
                    if (e == PING) {
                        ping();
                    } else if (e != null) {
                        send(e);
                    }
                    if (client.terminated()) {
                        stop();
                    }
                }
            } catch (InterruptedException ie) {
                Thread.currentThread().interrupt();
            } catch (RuntimeException re) {
                log.warn("Event subscriber dropped: {}: {}", re.getClass().getSimpleName(), re.getMessage());
            } finally {
                stop();
                client.close();
            }
        }

        /** Closes the stream when the token is no longer valid, else sends a ping comment. */
        private void ping() {
            if (token.isPresent() && authenticator.authenticate(token.get()).isEmpty()) {
                log.info("Event subscriber's token is no longer valid; stream closed");
                stop();
                return;
            }
            client.sendComment("ping");
        }

        private void send(EventFeed.Sent e) {
            if (e.id() <= lastSent) {
                return;
            }
            try {
                client.sendEvent(e.name(), json.writeValueAsString(e.data()), Long.toString(e.id()));
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
