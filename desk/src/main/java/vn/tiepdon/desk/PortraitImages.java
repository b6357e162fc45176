package vn.tiepdon.desk;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import vn.tiepdon.core.api.Portrait;

/** Turns a chip portrait into what the desk can show: a JPEG decoded, anything else a note. */
final class PortraitImages {
    private PortraitImages() {
    }

    static DeskPortrait decode(Portrait portrait, DeskMessages m) {
        byte[] bytes = portrait.image();
        if ("image/jp2".equals(portrait.contentType()) || isJpeg2000(bytes)) {
            return note(DeskPortrait.Reason.JPEG_2000, m);
        }
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            return image == null ? note(DeskPortrait.Reason.UNREADABLE, m) : new DeskPortrait.Picture(image);
        } catch (IOException | RuntimeException e) {
            return note(DeskPortrait.Reason.UNREADABLE, m);
        }
    }

    static DeskPortrait.Note note(DeskPortrait.Reason reason, DeskMessages m) {
        return new DeskPortrait.Note(reason, m.text("portrait." + reason));
    }

    /** The JP2 file signature box, or a bare JPEG 2000 codestream (SOC, SIZ). */
    static boolean isJpeg2000(byte[] b) {
        boolean box = b.length >= 12 && b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == 12 && b[4] == 'j'
                && b[5] == 'P' && b[6] == ' ' && b[7] == ' ';
        boolean codestream = b.length >= 4 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0x4F
                && (b[2] & 0xFF) == 0xFF && (b[3] & 0xFF) == 0x51;
        return box || codestream;
    }
}
