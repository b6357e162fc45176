package vn.tiepdon.devices.printing;

import java.io.UncheckedIOException;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.tiepdon.core.printing.TicketSlip;

/** An ESC/POS thermal printer: renders the slip and sends it down a {@link PrinterChannel}. */
public final class EscPosTicketPrinter implements TicketPrinter {

    private static final Logger log = LoggerFactory.getLogger(EscPosTicketPrinter.class);

    private final EscPosSlipRenderer renderer;
    private final PrinterChannel channel;

    public EscPosTicketPrinter(EscPosSlipRenderer renderer, PrinterChannel channel) {
        this.renderer = Objects.requireNonNull(renderer);
        this.channel = Objects.requireNonNull(channel);
    }

    @Override
    public PrintResult print(TicketSlip slip) {
        byte[] job = renderer.render(slip);
        PrintResult result;
        try {
            result = channel.send(job);
        } catch (UncheckedIOException e) {
            result = new PrintResult.Failed(PrintResult.Failure.IO_ERROR, "channel " + channel.destination() + " failed: " + e);
        }
        if (result instanceof PrintResult.Failed failed) {
            log.warn("Ticket {} not printed on {}: {} ({})", slip.ticketNumber(), destination(), failed.failure(), failed.detail());
        } else {
            log.info("Ticket {} printed on {} ({} bytes)", slip.ticketNumber(), destination(), job.length);
        }
        return result;
    }

    @Override
    public String destination() {
        return channel.destination();
    }
}
