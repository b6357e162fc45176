package vn.tiepdon.devices.printing;

import java.awt.Font;
import java.awt.image.BufferedImage;
import java.time.format.DateTimeFormatter;
import vn.tiepdon.core.printing.TicketSlip;
import vn.tiepdon.devices.printing.RasterBlock.Align;

/**
 * Draws a ticket's text as three 1-bit images of the paper width: the header (hospital, queue),
 * the big ticket number, and the body (instruction, detail lines, issue time). Sizes are set for
 * 80 mm paper (576 dots) and scale with the width.
 */
final class SlipLayout {

    /** The three rasters of one ticket, top to bottom. */
    record SlipImages(BufferedImage header, BufferedImage number, BufferedImage body) {
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
        RasterBlock body = block().text(regular(28), slip.instruction(), Align.CENTER, 0);
        int gap = dots(14);
        for (String detail : slip.details()) {
            body.text(regular(24), detail, Align.LEFT, gap);
            gap = dots(4);
        }
        body.text(regular(22), ISSUED_AT.format(slip.issuedAt()), Align.CENTER, dots(14));
        return new SlipImages(header, number, body.toImage(dots(8)));
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
