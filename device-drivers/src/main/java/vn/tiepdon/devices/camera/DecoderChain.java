package vn.tiepdon.devices.camera;

import java.util.List;
import java.util.Optional;

/**
 * Asks each decoder in turn and gives the first text found: BoofCV first (it reads more of the
 * hard frames: small, blurred, noisy, at an angle), then ZXing, which finds some the other misses.
 */
public final class DecoderChain implements FrameDecoder {
    private final List<FrameDecoder> decoders;

    public DecoderChain(List<FrameDecoder> decoders) {
        if (decoders.isEmpty()) {
            throw new IllegalArgumentException("a decoder chain needs at least one decoder");
        }
        this.decoders = List.copyOf(decoders);
    }

    /** The project's chain: {@link BoofCvQrDecoder}, then {@link ZxingQrDecoder}. */
    public static DecoderChain standard() {
        return new DecoderChain(List.of(new BoofCvQrDecoder(), new ZxingQrDecoder()));
    }

    @Override
    public Optional<String> decode(GrayFrame frame) {
        for (FrameDecoder decoder : decoders) {
            Optional<String> text = decoder.decode(frame);
            if (text.isPresent()) {
                return text;
            }
        }
        return Optional.empty();
    }
}
