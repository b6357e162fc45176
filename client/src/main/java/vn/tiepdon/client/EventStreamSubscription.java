package vn.tiepdon.client;

import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.Response;
import okhttp3.sse.EventSource;
import okhttp3.sse.EventSourceListener;
import okhttp3.sse.EventSources;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription to {@code GET /api/v1/events}. OkHttp reads the stream on its own thread;
 * events are handed, in id order and each id once, to a single worker thread that calls the
 * listener and also schedules reconnects (with {@link Backoff}, asking for missed events with
 * {@code Last-Event-ID}). A stream that cannot be opened moves on to the next server address.
 */
final class EventStreamSubscription<E> implements ReceptionApi.EventSubscription {
    private static final Logger log = LoggerFactory.getLogger(EventStreamSubscription.class);
    private static final AtomicInteger SERIAL = new AtomicInteger();
    private static final Duration CLOSE_WAIT = Duration.ofSeconds(10);

    private final EventSource.Factory streams;
    private final ServerAddresses addresses;
    private final JsonMapper json;
    private final long afterEventId;
    private final EventKind<E> kind;
    private final Consumer<E> listener;
    private final Backoff backoff;
    private final Consumer<EventStreamSubscription<?>> onClose;
    private final ScheduledThreadPoolExecutor worker;
    private volatile Thread workerThread;
    private volatile boolean connected;
    private volatile boolean closed;

    // guarded by this
    private long lastQueuedId;
    private int generation;
    private int addressIndex;
    private boolean reconnecting;
    private EventSource current;

    EventStreamSubscription(OkHttpClient eventHttp, ServerAddresses addresses, JsonMapper json, EventKind<E> kind,
                            long afterEventId, Consumer<E> listener, Backoff backoff,
                            Consumer<EventStreamSubscription<?>> onClose) {
        this.kind = Objects.requireNonNull(kind);
        this.streams = EventSources.createFactory(Objects.requireNonNull(eventHttp));
        this.addresses = Objects.requireNonNull(addresses);
        this.json = Objects.requireNonNull(json);
        this.afterEventId = afterEventId;
        this.listener = Objects.requireNonNull(listener);
        this.backoff = Objects.requireNonNull(backoff);
        this.onClose = Objects.requireNonNull(onClose);
        this.lastQueuedId = afterEventId;
        this.addressIndex = addresses.workingIndex();
        String name = "tiepdon-events-" + SERIAL.incrementAndGet();
        this.worker = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            workerThread = thread;
            return thread;
        });
        worker.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    }

    void start() {
        worker.execute(this::connect);
    }

    @Override
    public boolean connected() {
        return connected;
    }

    /**
     * Stops for good. When called from another thread than the listener's, waits (bounded) until
     * a listener call in progress has returned; no listener call starts after this returns.
     */
    @Override
    public void close() {
        synchronized (this) {
            if (closed) {
                return;
            }
            closed = true;
            connected = false;
            generation++;
            if (current != null) {
                current.cancel();
            }
        }
        worker.shutdown();
        onClose.accept(this);
        if (Thread.currentThread() != workerThread) {
            try {
                if (!worker.awaitTermination(CLOSE_WAIT.toMillis(), TimeUnit.MILLISECONDS)) {
                    log.warn("Event listener still busy {} after close", CLOSE_WAIT);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private synchronized void connect() {
        if (closed) {
            return;
        }
        int streamGeneration = ++generation;
        HttpUrl base = addresses.get(addressIndex);
        HttpUrl.Builder url = ServerAddresses.resolve(base, kind.path());
        Request.Builder request = new Request.Builder().header("Accept", "text/event-stream");
        if (!reconnecting && afterEventId > 0) {
            url.addQueryParameter("after", Long.toString(afterEventId));
        } else if (reconnecting && lastQueuedId > 0) {
            request.header("Last-Event-ID", Long.toString(lastQueuedId));
        }
        reconnecting = true;
        current = streams.newEventSource(request.url(url.build()).build(), new StreamListener(streamGeneration, addressIndex));
    }

    private synchronized boolean isCurrent(int streamGeneration) {
        return !closed && generation == streamGeneration;
    }

    private synchronized void opened(int streamGeneration, int index) {
        if (!isCurrent(streamGeneration)) {
            return;
        }
        connected = true;
        backoff.reset();
        addresses.answered(index);
        log.info("Event stream open at {} after event {}", addresses.get(index), lastQueuedId);
    }

    private synchronized void received(int streamGeneration, long id, E event) {
        if (!isCurrent(streamGeneration)) {
            return;
        }
        if (id <= lastQueuedId) {
            log.debug("Event {} already delivered, dropped", id);
            return;
        }
        lastQueuedId = id;
        worker.execute(() -> deliver(id, event));
    }

    private void deliver(long id, E event) {
        if (closed) {
            return;
        }
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.warn("Event listener failed on event {}", id, e);
        }
    }

    /** The stream ended or failed: reconnect after a backoff, to the next address if it never opened. */
    private synchronized void lost(int streamGeneration, int index, boolean neverOpened, String why) {
        if (!isCurrent(streamGeneration)) {
            return;
        }
        generation++;
        connected = false;
        current = null;
        if (neverOpened) {
            addressIndex = addresses.after(index);
        }
        Duration delay = backoff.next();
        log.warn("Event stream from {} lost ({}); reconnecting to {} in {} ms after event {}",
                addresses.get(index), why, addresses.get(addressIndex), delay.toMillis(), lastQueuedId);
        worker.schedule(this::connect, delay.toMillis(), TimeUnit.MILLISECONDS);
    }

    private final class StreamListener extends EventSourceListener {
        private final int streamGeneration;
        private final int index;

        StreamListener(int streamGeneration, int index) {
            this.streamGeneration = streamGeneration;
            this.index = index;
        }

        @Override
        public void onOpen(EventSource eventSource, Response response) {
            opened(streamGeneration, index);
        }

        @Override
        public void onEvent(EventSource eventSource, String id, String type, String data) {
            E event;
            try {
                event = json.readValue(data, kind.type());
            } catch (IOException | RuntimeException e) {
                log.warn("Unreadable event (id {}, type {}) skipped: {}", id, type, e.getClass().getSimpleName());
                return;
            }
            String typeInData = kind.typeOf(event).wire();
            if (type != null && !type.equals(typeInData)) {
                log.warn("Event {} says type {} in data but {} on the stream", kind.idOf(event), typeInData, type);
            }
            received(streamGeneration, kind.idOf(event), event);
        }

        @Override
        public void onClosed(EventSource eventSource) {
            lost(streamGeneration, index, false, "server ended the stream");
        }

        @Override
        public void onFailure(EventSource eventSource, Throwable failure, Response response) {
            String why = response != null && !response.isSuccessful()
                    ? "HTTP " + response.code()
                    : String.valueOf(failure);
            lost(streamGeneration, index, response == null, why);
        }
    }
}
