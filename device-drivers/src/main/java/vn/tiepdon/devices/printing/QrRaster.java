package vn.tiepdon.devices.printing;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.WriterException;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;
import java.awt.image.BufferedImage;
import java.util.Map;

/**
 * A QR symbol drawn with ZXing into a 1-bit image of the paper width, centred, with its quiet zone.
 * Printed as a {@code GS v 0} raster like the text, so it works on printers without {@code GS ( k}.
 */
final class QrRaster {

    private QrRaster() {
    }

    /** {@code moduleDots} dots per module; {@code padding} white dots above and below. */
    static BufferedImage draw(String text, int width, int moduleDots, int padding) {
        BitMatrix matrix;
        try {
            matrix = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0,
                    Map.of(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M,
                            EncodeHintType.CHARACTER_SET, "UTF-8", EncodeHintType.MARGIN, 4));
        } catch (WriterException e) {
            throw new IllegalArgumentException("cannot encode a QR of " + text.length() + " characters", e);
        }
        int modules = matrix.getWidth();
        int module = Math.max(1, Math.min(moduleDots, width / modules));
        int size = modules * module;
        int left = (width - size) / 2;
        BufferedImage image = new BufferedImage(width, size + 2 * padding, BufferedImage.TYPE_BYTE_BINARY);
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, 0xFFFFFF);
            }
        }
        for (int my = 0; my < modules; my++) {
            for (int mx = 0; mx < modules; mx++) {
                if (matrix.get(mx, my)) {
                    for (int dy = 0; dy < module; dy++) {
                        for (int dx = 0; dx < module; dx++) {
                            image.setRGB(left + mx * module + dx, padding + my * module + dy, 0);
                        }
                    }
                }
            }
        }
        return image;
    }
}
