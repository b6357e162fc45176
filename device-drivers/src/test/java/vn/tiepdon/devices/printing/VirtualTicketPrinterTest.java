package vn.tiepdon.devices.printing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class VirtualTicketPrinterTest {

    private final EscPosSlipRenderer renderer = new EscPosSlipRenderer(576);
    private final VirtualTicketPrinter printer = new VirtualTicketPrinter("kiosk-1", renderer);

    @Test
    void keepsTheBytesOfEveryPrintedTicket() {
        PrintResult first = printer.print(Slips.slip("A001"));
        printer.print(Slips.slip("A002"));

        assertThat(printer.printed()).hasSize(2);
        assertThat(printer.printed().get(0)).isEqualTo(renderer.render(Slips.slip("A001")));
        assertThat(printer.printed().get(1)).isEqualTo(renderer.render(Slips.slip("A002")));
        assertThat(first).isEqualTo(new PrintResult.Printed(printer.printed().get(0).length, "virtual:kiosk-1"));
        assertThat(printer.lastSlip()).contains(Slips.slip("A002"));
    }

    @Test
    void simulatesPaperOutUntilTheFailureIsCleared() {
        printer.setFailure(Optional.of(PrintResult.Failure.PAPER_OUT));

        PrintResult refused = printer.print(Slips.slip("A001"));

        assertThat(refused).isInstanceOfSatisfying(PrintResult.Failed.class,
                failed -> assertThat(failed.failure()).isEqualTo(PrintResult.Failure.PAPER_OUT));
        assertThat(printer.printed()).isEmpty();
        assertThat(printer.lastSlip()).isEmpty();

        printer.setFailure(Optional.empty());

        assertThat(printer.print(Slips.slip("A001"))).isInstanceOf(PrintResult.Printed.class);
        assertThat(printer.printed()).hasSize(1);
    }

    @Test
    void handsOutCopiesSoCallersCannotChangeWhatWasPrinted() {
        printer.print(Slips.slip());

        printer.printed().get(0)[0] = 0;

        assertThat(printer.printed().get(0)[0]).isEqualTo((byte) 0x1B);
    }

    @Test
    void printedBytesDecodeToTheTicket() {
        printer.print(Slips.slip("B010"));

        EscPosDocument document = new EscPosRasterDecoder().decode(printer.printed().get(0));

        assertThat(PrintedQr.texts(document)).containsExactly(Slips.slip("B010").qrPayload());
        assertThat(document.startsWithInitialize()).isTrue();
    }
}
