package vn.tiepdon.devices.printing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.printing.TicketSlip;

/**
 * An in-memory loopback printer for the demo and tests: renders each ticket with the real
 * {@link EscPosSlipRenderer} and keeps the bytes. {@link #setFailure(Optional)} makes it refuse
 * tickets the way a real printer does (paper out, cover open...). Thread-safe.
 */
public final class VirtualTicketPrinter implements TicketPrinter {

    private final String name;
    private final EscPosSlipRenderer renderer;
    private final List<byte[]> printed = new ArrayList<>();
    private Optional<TicketSlip> lastSlip = Optional.empty();
    private Optional<PrintResult.Failure> failure = Optional.empty();

    public VirtualTicketPrinter(String name, EscPosSlipRenderer renderer) {
        this.name = Objects.requireNonNull(name);
        this.renderer = Objects.requireNonNull(renderer);
    }

    @Override
    public synchronized PrintResult print(TicketSlip slip) {
        if (failure.isPresent()) {
            return new PrintResult.Failed(failure.get(), "simulated " + failure.get() + " on " + destination());
        }
        byte[] job = renderer.render(slip);
        printed.add(job);
        lastSlip = Optional.of(slip);
        return new PrintResult.Printed(job.length, destination());
    }

    @Override
    public String destination() {
        return "virtual:" + name;
    }

    /** From now on every ticket fails this way; {@code Optional.empty()} makes the printer work again. */
    public synchronized void setFailure(Optional<PrintResult.Failure> failure) {
        this.failure = Objects.requireNonNull(failure);
    }

    /** The ESC/POS bytes of every ticket printed so far, oldest first (copies). */
    public synchronized List<byte[]> printed() {
        return printed.stream().map(byte[]::clone).toList();
    }

    /** The last ticket that was printed. */
    public synchronized Optional<TicketSlip> lastSlip() {
        return lastSlip;
    }
}
