package vn.tiepdon.devices.printing;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.printing.TicketSlip;
import vn.tiepdon.devices.printing.RasterBlock.Align;

/**
 * Draws a ticket's text as 1-bit images of the paper width: the header (hospital, queue), the big
 * ticket number, the clinic and its room when the patient chose one at the kiosk (the room large:
 * it is where the patient goes), and the body (instruction, detail lines, issue time). Sizes are
 * set for 80 mm paper (576 dots) and scale with the width.
 */
final class SlipLayout {

    /** The rasters of one ticket, top to bottom; {@code room} only when the slip names a room or clinic. */
    record SlipImages(BufferedImage header, BufferedImage number, Optional<BufferedImage> room, BufferedImage body,
                      Optional<BufferedImage> qr) {
        /** In printing order. */
        List<BufferedImage> all() {
            List<BufferedImage> out = new ArrayList<>(List.of(header, number));
            room.ifPresent(out::add);
            out.add(body);
            qr.ifPresent(out::add);
            return out;
        }
    }

    private static final DateTimeFormatter ISSUED_AT = DateTimeFormatter.ofPattern("HH:mm  dd/MM/yyyy");
    private static final int REFERENCE_WIDTH = 576;

    private final int width;
    private final SlipFonts fonts;

    SlipLayout(int width, SlipFonts fonts) {
        this.width = width;
        this.fonts = fonts;
    }

    SlipImages compose(TicketSlip slip) {
        BufferedImage header = block()
                .text(bold(26), slip.hospitalName(), Align.CENTER, 0)
                .text(bold(34), slip.queueName(), Align.CENTER, dots(10))
                .rule(Math.max(2, dots(3)), dots(12))
                .toImage(dots(8));
        BufferedImage number = block()
                .fittedLine(bold(160), slip.ticketNumber(), Align.CENTER, 0)
                .toImage(dots(6));
        Optional<BufferedImage> room = Optional.empty();
        if (slip.clinic().isPresent() || slip.room().isPresent()) {
            room = Optional.of(roomBlock(slip.clinic(), slip.room()).toImage(dots(8)));
        }
        RasterBlock body = block().text(regular(28), slip.instruction(), Align.CENTER, 0);
        int gap = dots(14);
        for (String detail : slip.details()) {
            body.text(regular(24), detail, Align.LEFT, gap);
            gap = dots(4);
        }
        body.text(regular(22), ISSUED_AT.format(slip.issuedAt()), Align.CENTER, dots(14));
        Optional<BufferedImage> qr = slip.qrPayload().isBlank() ? Optional.empty()
                : Optional.of(QrRaster.draw(slip.qrPayload(), width, qrModuleDots(), dots(4)));
        return new SlipImages(header, number, room, body.toImage(dots(8)), qr);
    }

    /** About 8 dots per module on 80 mm paper, 5 on 58 mm: large enough for phone and desk scanners. */
    private int qrModuleDots() {
        return Math.max(3, Math.min(16, width / 72));
    }

    /** The clinic's name, then its room in large bold type (wrapped, never cut). */
    RasterBlock roomBlock(Optional<String> clinic, Optional<String> room) {
        RasterBlock block = block();
        clinic.ifPresent(c -> block.text(bold(30), c, Align.CENTER, 0));
        room.ifPresent(r -> block.text(bold(44), r, Align.CENTER, clinic.isPresent() ? dots(6) : 0));
        return block;
    }

    private RasterBlock block() {
        return new RasterBlock(width, dots(16));
    }

    private Font bold(int referenceSize) {
        return fonts.bold().deriveFont(Font.BOLD, (float) dots(referenceSize));
    }

    private Font regular(int referenceSize) {
        return fonts.regular().deriveFont(Font.PLAIN, (float) dots(referenceSize));
    }

    /** A length given for 576-dot paper, scaled to this paper width. */
    private int dots(int atReferenceWidth) {
        return Math.max(1, Math.round(atReferenceWidth * (float) width / REFERENCE_WIDTH));
    }
}
