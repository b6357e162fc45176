package vn.tiepdon.app.demo;

import java.util.Optional;
import vn.tiepdon.core.printing.TicketSlip;
import vn.tiepdon.devices.printing.PrintResult;
import vn.tiepdon.devices.printing.TicketPrinter;

/** Passes tickets to a printer and remembers the last result, so the demo can say where the bytes went. */
final class RecordingPrinter implements TicketPrinter {
    private final TicketPrinter printer;
    private volatile PrintResult last;

    RecordingPrinter(TicketPrinter printer) {
        this.printer = printer;
    }

    @Override
    public PrintResult print(TicketSlip slip) {
        PrintResult r = printer.print(slip);
        last = r;
        return r;
    }

    @Override
    public String destination() {
        return printer.destination();
    }

    Optional<PrintResult> takeLast() {
        PrintResult r = last;
        last = null;
        return Optional.ofNullable(r);
    }
}
