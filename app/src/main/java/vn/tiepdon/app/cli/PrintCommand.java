package vn.tiepdon.app.cli;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import vn.tiepdon.devices.printing.EscPosSlipRenderer;
import vn.tiepdon.devices.printing.EscPosTicketPrinter;
import vn.tiepdon.devices.printing.PrintResult;
import vn.tiepdon.devices.printing.PrinterAddress;
import vn.tiepdon.devices.printing.PrinterChannel;
import vn.tiepdon.devices.printing.SampleTicket;

/**
 * {@code print --sample --to SPEC}: prints a made-up ticket and exits 0, or exits 2 with the
 * printer's reason on one line of stderr ({@code paper out}, {@code cover open}, {@code offline},
 * {@code no answer}, {@code write failed}).
 */
@Command(name = "print", mixinStandardHelpOptions = true,
        description = {"Print a sample ticket to a printer and say whether it could.",
                "Exit 0 when printed, 2 with the printer's reason (e.g. 'paper out') on stderr otherwise."})
public final class PrintCommand implements Callable<Integer> {

    @Option(names = "--sample", required = true, description = "print the sample ticket (the only kind for now)")
    boolean sample;

    @Option(names = "--to", required = true, paramLabel = "SPEC",
            description = "file:PATH (a file or /dev/usb/lp0), tcp:HOST:PORT, serial:DEV, spooler:NAME (CUPS raw queue)")
    String to;

    @Option(names = "--baud", defaultValue = "9600", description = "serial baud rate (default ${DEFAULT-VALUE})")
    int baud;

    @Option(names = "--width", defaultValue = "576", description = "printable dots: 576 (80 mm), 384 (58 mm)")
    int width;

    @Option(names = "--timeout-ms", defaultValue = "2000", description = "wait for a status reply (default ${DEFAULT-VALUE})")
    long timeoutMillis;

    @Override
    public Integer call() {
        PrinterChannel channel;
        EscPosSlipRenderer renderer;
        try {
            channel = PrinterAddress.channel(to, baud, Duration.ofMillis(timeoutMillis));
            renderer = new EscPosSlipRenderer(width);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            return 2;
        }
        PrintResult result = new EscPosTicketPrinter(renderer, channel).print(SampleTicket.at(LocalDateTime.now()));
        if (result instanceof PrintResult.Failed failed) {
            System.err.println(failed.failure().reason());
            return 2;
        }
        System.out.println("printed " + ((PrintResult.Printed) result).bytes() + " bytes to " + channel.destination());
        return 0;
    }
}
