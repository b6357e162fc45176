package vn.tiepdon.devices.scanning;

import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * A scanner driven by code: the demo and tests {@link #feed(String)} what a patient would scan.
 * Unlike real scanners it has no thread of its own: {@code feed} delivers synchronously, on the
 * caller's thread, so a test sees the listener's effect as soon as {@code feed} returns.
 * Thread-safe.
 */
public final class VirtualCodeScanner implements CodeScanner {

    private Optional<Consumer<String>> listener = Optional.empty();
    private boolean closed;

    @Override
    public synchronized void start(Consumer<String> listener) {
        Objects.requireNonNull(listener);
        if (closed) {
            throw new IllegalStateException("scanner is closed");
        }
        if (this.listener.isPresent()) {
            throw new IllegalStateException("scanner already started");
        }
        this.listener = Optional.of(listener);
    }

    /**
     * Delivers {@code text} to the listener on the calling thread; false (nothing delivered) before
     * {@link #start} or after {@link #close}.
     */
    public boolean feed(String text) {
        Objects.requireNonNull(text);
        Optional<Consumer<String>> current;
        synchronized (this) {
            current = closed ? Optional.empty() : listener;
        }
        current.ifPresent(consumer -> consumer.accept(text));
        return current.isPresent();
    }

    @Override
    public synchronized void close() {
        closed = true;
        listener = Optional.empty();
    }
}
