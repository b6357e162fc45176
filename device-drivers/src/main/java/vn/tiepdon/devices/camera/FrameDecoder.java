package vn.tiepdon.devices.camera;

import java.util.Optional;

/**
 * Finds a QR code in a frame and gives its text. Implementations keep working buffers, so one
 * instance serves one thread at a time.
 */
public interface FrameDecoder {
    Optional<String> decode(GrayFrame frame);
}
