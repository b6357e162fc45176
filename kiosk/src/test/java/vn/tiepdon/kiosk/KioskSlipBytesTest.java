package vn.tiepdon.kiosk;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import vn.tiepdon.core.eligibility.LookupClass;
import vn.tiepdon.core.printing.TicketSlip;
import vn.tiepdon.core.queue.Clinic;
import vn.tiepdon.core.testing.MutableClock;
import vn.tiepdon.devices.printing.EscPosDocument;
import vn.tiepdon.devices.printing.EscPosRasterDecoder;
import vn.tiepdon.devices.printing.EscPosSlipRenderer;
import vn.tiepdon.devices.printing.VirtualTicketPrinter;

/**
 * The room reaches the paper: the ESC/POS bytes the kiosk sends to the printer, decoded, hold the
 * clinic and its room as a raster under the number — the same dots as that text drawn by the
 * renderer, and other dots for another room.
 */
class KioskSlipBytesTest {
    private static final Clinic NOI = new Clinic("noi", "Nội tổng quát", "Phòng 101 – Tầng 1");
    private final EscPosSlipRenderer renderer = new EscPosSlipRenderer(EscPosSlipRenderer.WIDTH_80_MM);
    private final VirtualTicketPrinter printer = new VirtualTicketPrinter("test", renderer);
    private final FakeReceptionApi api = new FakeReceptionApi(r -> Samples.response(42, "N001", LookupClass.ELIGIBLE,
            "noi", "Nội tổng quát", Optional.of(NOI)));
    private final KioskModel model = new KioskModel(api, Samples::parse, printer,
            new SlipFactory("Bệnh viện Đa khoa Demo", Samples.HANOI), "kiosk-1",
            new MutableClock(Samples.NOW, Samples.HANOI));

    @Test
    void theSlipBytesCarryTheRoomUnderTheNumber() {
        model.useOptions(Samples.registration());
        model.scanned(Samples.CCCD_QR);
        model.chooseClinic("noi");

        EscPosDocument printed = new EscPosRasterDecoder().decode(printer.printed().get(0));
        TicketSlip slip = printer.lastSlip().orElseThrow();

        assertThat(printed.problems()).isEmpty();
        assertThat(vn.tiepdon.devices.printing.PrintedQr.texts(printed)).containsExactly("TIEPDON:TICKET:2026-11-23:N001");
        // header, number, clinic + room, body, QR
        assertThat(printed.rasters()).hasSize(5);
        assertThat(pixels(printed.rasters().get(2))).isEqualTo(pixels(roomRaster(slip, "Khám tại: Phòng 101 – Tầng 1")));
        assertThat(pixels(printed.rasters().get(2))).isNotEqualTo(pixels(roomRaster(slip, "Khám tại: Phòng 102 – Tầng 1")));
        assertThat(pixels(printed.rasters().get(2))).isNotEqualTo(pixels(roomRaster(slip, "Khám tại: Phòng 101 – Tầng 2")));
    }

    @Test
    void aTicketWithoutAClinicPrintsNoRoom() {
        api.answer = r -> Samples.response(43, "A001", LookupClass.ELIGIBLE);
        model.scanned(Samples.CCCD_QR);

        EscPosDocument printed = new EscPosRasterDecoder().decode(printer.printed().get(0));

        assertThat(printed.rasters()).hasSize(4);
    }

    /** The room raster of {@code slip} printed with {@code room} instead. */
    private BufferedImage roomRaster(TicketSlip slip, String room) {
        TicketSlip other = new TicketSlip(slip.hospitalName(), slip.ticketNumber(), slip.queueName(),
                slip.instruction(), slip.details(), slip.issuedAt(), slip.qrPayload(), slip.clinic(),
                Optional.of(room));
        return new EscPosRasterDecoder().decode(renderer.render(other)).rasters().get(2);
    }

    private static List<Integer> pixels(BufferedImage image) {
        List<Integer> out = new java.util.ArrayList<>();
        out.add(image.getWidth());
        out.add(image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                out.add(image.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return out;
    }
}
