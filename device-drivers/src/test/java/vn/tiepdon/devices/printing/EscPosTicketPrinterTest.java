package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import vn.tiepdon.core.printing.TicketSlip;

class EscPosTicketPrinterTest {

    private final EscPosSlipRenderer renderer = new EscPosSlipRenderer(576);

    @Test
    void sendsTheRenderedTicketDownTheChannel() {
        List<byte[]> sent = new ArrayList<>();
        PrinterChannel channel = recording(sent, "test:recorder");
        TicketSlip slip = Slips.slip();

        PrintResult result = new EscPosTicketPrinter(renderer, channel).print(slip);

        assertThat(sent).hasSize(1);
        assertThat(sent.get(0)).isEqualTo(renderer.render(slip));
        assertThat(result).isEqualTo(new PrintResult.Printed(sent.get(0).length, "test:recorder"));
    }

    @Test
    void passesOnTheChannelsFailure() {
        PrinterChannel paperOut = new PrinterChannel() {
            @Override
            public String destination() {
                return "test:empty";
            }

            @Override
            public PrintResult send(byte[] job) {
                return new PrintResult.Failed(PrintResult.Failure.PAPER_OUT, "paper end");
            }
        };

        PrintResult result = new EscPosTicketPrinter(renderer, paperOut).print(Slips.slip());

        assertThat(result).isEqualTo(new PrintResult.Failed(PrintResult.Failure.PAPER_OUT, "paper end"));
    }

    @Test
    void turnsAChannelThatThrowsIntoIoError() {
        PrinterChannel broken = new PrinterChannel() {
            @Override
            public String destination() {
                return "test:broken";
            }

            @Override
            public PrintResult send(byte[] job) {
                throw new UncheckedIOException(new IOException("USB cable pulled"));
            }
        };

        PrintResult result = new EscPosTicketPrinter(renderer, broken).print(Slips.slip());

        assertThat(result).isInstanceOfSatisfying(PrintResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.IO_ERROR));
    }

    @Test
    void printsToAFileThatDecodesBackToTheTicket(@TempDir Path directory) throws Exception {
        Path file = directory.resolve("lp0.bin");
        EscPosTicketPrinter printer = new EscPosTicketPrinter(renderer, new FilePrinterChannel(file));
        TicketSlip slip = Slips.slip("C042");

        PrintResult result = printer.print(slip);

        assertThat(printer.destination()).isEqualTo("file:" + file);
        assertThat(result).isInstanceOf(PrintResult.Printed.class);
        EscPosDocument document = new EscPosRasterDecoder().decode(Files.readAllBytes(file));
        assertThat(PrintedQr.texts(document)).containsExactly(slip.qrPayload());
        assertThat(document.rasters()).hasSize(4);
        assertThat(document.cut()).isTrue();
    }

    private static PrinterChannel recording(List<byte[]> sent, String destination) {
        return new PrinterChannel() {
            @Override
            public String destination() {
                return destination;
            }

            @Override
            public PrintResult send(byte[] job) {
                sent.add(job.clone());
                return new PrintResult.Printed(job.length, destination);
            }
        };
    }
}
