package vn.tiepdon.devices.smartcard;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns successive observations of a reader into events: reader connected / disconnected, card
 * inserted / removed. {@link #poll()} compares one observation with the last; {@link #start}
 * polls on a daemon thread.
 */
final class ReaderMonitor implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(ReaderMonitor.class);

    /** One observation: the reader found (by name), and whether a card is on it. */
    record Observation(Optional<String> reader, boolean cardPresent) {
        static Observation none() {
            return new Observation(Optional.empty(), false);
        }
    }

    private final Supplier<Observation> probe;
    private final Consumer<CardEvent> listener;
    private Observation last = Observation.none();
    private volatile boolean running;
    private Thread thread;

    ReaderMonitor(Supplier<Observation> probe, Consumer<CardEvent> listener) {
        this.probe = Objects.requireNonNull(probe);
        this.listener = Objects.requireNonNull(listener);
    }

    /** Observes once and emits what changed since the last observation. */
    synchronized void poll() {
        Observation now = probe.get();
        if (last.reader().isPresent() && !last.reader().equals(now.reader())) {
            if (last.cardPresent()) {
                emit(new CardEvent.CardRemoved(last.reader().get()));
            }
            emit(new CardEvent.ReaderDisconnected(last.reader().get()));
            last = Observation.none();
        }
        if (now.reader().isPresent()) {
            String reader = now.reader().get();
            if (last.reader().isEmpty()) {
                emit(new CardEvent.ReaderConnected(reader));
            }
            if (now.cardPresent() && !last.cardPresent()) {
                emit(new CardEvent.CardInserted(reader));
            } else if (!now.cardPresent() && last.cardPresent()) {
                emit(new CardEvent.CardRemoved(reader));
            }
        }
        last = now;
    }

    void start(Duration interval, String threadName) {
        running = true;
        thread = new Thread(() -> {
            while (running) {
                try {
                    poll();
                    Thread.sleep(interval.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                } catch (RuntimeException e) {
                    log.warn("card reader monitor: {}", e.toString());
                }
            }
        }, threadName);
        thread.setDaemon(true);
        thread.start();
    }

    private void emit(CardEvent event) {
        try {
            listener.accept(event);
        } catch (RuntimeException e) {
            log.warn("card event listener failed on {}: {}", event, e.toString());
        }
    }

    @Override
    public void close() {
        running = false;
        if (thread != null) {
            thread.interrupt();
        }
    }
}
