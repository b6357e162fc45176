package vn.tiepdon.devices.camera;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.PlanarYUVLuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * ZXing's QR reader with {@code TRY_HARDER} and UTF-8: the frame binarised with
 * {@link HybridBinarizer} (local thresholds, good under glare), then inverted (light code on a
 * dark phone screen), then with {@link GlobalHistogramBinarizer} (soft, low-contrast frames).
 * ZXing finds QR codes at any rotation, so no rotated copies are tried.
 */
public final class ZxingQrDecoder implements FrameDecoder {
    private static final Map<DecodeHintType, Object> HINTS = Map.of(
            DecodeHintType.TRY_HARDER, Boolean.TRUE,
            DecodeHintType.CHARACTER_SET, "UTF-8");

    private final QRCodeReader reader = new QRCodeReader();

    @Override
    public Optional<String> decode(GrayFrame frame) {
        LuminanceSource source = new PlanarYUVLuminanceSource(frame.pixels(), frame.width(), frame.height(), 0, 0,
                frame.width(), frame.height(), false);
        List<BinaryBitmap> attempts = List.of(
                new BinaryBitmap(new HybridBinarizer(source)),
                new BinaryBitmap(new HybridBinarizer(source.invert())),
                new BinaryBitmap(new GlobalHistogramBinarizer(source)));
        for (BinaryBitmap bitmap : attempts) {
            Optional<String> text = read(bitmap);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }

    private Optional<String> read(BinaryBitmap bitmap) {
        try {
            Result result = reader.decode(bitmap, HINTS);
            return Optional.ofNullable(result.getText()).filter(Predicate.not(String::isEmpty));
        } catch (ReaderException e) {
            return Optional.empty();
        } finally {
            reader.reset();
        }
    }
}
