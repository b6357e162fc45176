package vn.tiepdon.kiosk;

import java.util.ArrayList;
import java.util.List;
import vn.tiepdon.core.printing.TicketSlip;
import vn.tiepdon.devices.printing.PrintResult;
import vn.tiepdon.devices.printing.TicketPrinter;

/** A printer that keeps the slips and answers with the result the test set. */
final class FakePrinter implements TicketPrinter {
    final List<TicketSlip> slips = new ArrayList<>();
    PrintResult result = new PrintResult.Printed(1234, "memory://test");
    RuntimeException thrown;

    @Override
    public PrintResult print(TicketSlip slip) {
        slips.add(slip);
        if (thrown != null) {
            throw thrown;
        }
        return result;
    }

    @Override
    public String destination() {
        return "memory://test";
    }
}
