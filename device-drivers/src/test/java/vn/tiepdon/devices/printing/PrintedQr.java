package vn.tiepdon.devices.printing;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.ChecksumException;
import com.google.zxing.FormatException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Reads the QR symbols printed as rasters back with ZXing's reader (the peer a desk scanner stands for). */
public final class PrintedQr {

    private PrintedQr() {
    }

    /** The text of every raster of {@code document} that holds a readable QR, in order. */
    public static List<String> texts(EscPosDocument document) {
        List<String> out = new ArrayList<>();
        for (BufferedImage raster : document.rasters()) {
            read(raster).ifPresent(out::add);
        }
        return out;
    }

    public static java.util.Optional<String> read(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] pixels = image.getRGB(0, 0, w, h, null, 0, w);
        try {
            return java.util.Optional.of(new QRCodeReader().decode(
                    new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(w, h, pixels))),
                    Map.of(DecodeHintType.CHARACTER_SET, "UTF-8", DecodeHintType.PURE_BARCODE, Boolean.FALSE)).getText());
        } catch (NotFoundException | ChecksumException | FormatException e) {
            return java.util.Optional.empty();
        }
    }
}
