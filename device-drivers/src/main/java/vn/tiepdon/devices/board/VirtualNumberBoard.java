package vn.tiepdon.devices.board;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory board for the demo and tests: remembers what it shows ("A001 → Quầy 1") and
 * every call it has shown. Thread-safe.
 */
public final class VirtualNumberBoard implements NumberBoard {

    private Optional<String> showing = Optional.empty();
    private final List<String> history = new ArrayList<>();

    @Override
    public synchronized void showCall(String ticketNumber, String counterName) {
        String call = Objects.requireNonNull(ticketNumber).strip() + " → " + Objects.requireNonNull(counterName).strip();
        showing = Optional.of(call);
        history.add(call);
    }

    @Override
    public synchronized void clear() {
        showing = Optional.empty();
    }

    /** What the board shows now; empty when blank. */
    public synchronized Optional<String> showing() {
        return showing;
    }

    /** Every call shown, oldest first. */
    public synchronized List<String> history() {
        return List.copyOf(history);
    }
}
