package vn.tiepdon.devices.camera;

import boofcv.abst.fiducial.QrCodeDetector;
import boofcv.alg.fiducial.qrcode.QrCode;
import boofcv.factory.fiducial.ConfigQrCode;
import boofcv.factory.fiducial.FactoryFiducial;
import boofcv.struct.image.GrayU8;
import java.util.Optional;

/** BoofCV's QR detector ({@code FactoryFiducial.qrcode}); byte-mode text read as UTF-8. Not thread-safe. */
public final class BoofCvQrDecoder implements FrameDecoder {
    private final QrCodeDetector<GrayU8> detector;
    private final GrayU8 image = new GrayU8(1, 1);

    public BoofCvQrDecoder() {
        ConfigQrCode config = new ConfigQrCode();
        config.forceEncoding = "UTF-8";
        detector = FactoryFiducial.qrcode(config, GrayU8.class);
    }

    @Override
    public Optional<String> decode(GrayFrame frame) {
        image.reshape(frame.width(), frame.height());
        for (int y = 0; y < frame.height(); y++) {
            System.arraycopy(frame.pixels(), y * frame.width(), image.data, image.startIndex + y * image.stride,
                    frame.width());
        }
        detector.process(image);
        for (QrCode code : detector.getDetections()) {
            if (code.message != null && !code.message.isEmpty()) {
                return Optional.of(code.message);
            }
        }
        return Optional.empty();
    }
}
