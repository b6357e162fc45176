package vn.tiepdon.devices.camera;

import java.util.Objects;

/**
 * One 8-bit grayscale picture, row by row, {@code width * height} bytes (0 black, 255 white):
 * what {@code ffmpeg -pix_fmt gray} writes per frame, or an image file turned gray.
 */
public record GrayFrame(int width, int height, byte[] pixels) {
    public GrayFrame {
        Objects.requireNonNull(pixels);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("frame size must be positive, got " + width + "x" + height);
        }
        if ((long) width * height != pixels.length) {
            throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + (long) width * height
                    + " bytes, got " + pixels.length);
        }
    }

    /** The number of bytes of one frame of this size. */
    public static int byteCount(int width, int height) {
        long n = (long) width * height;
        if (width <= 0 || height <= 0 || n > Integer.MAX_VALUE) {
            throw new IllegalArgumentException("bad frame size " + width + "x" + height);
        }
        return (int) n;
    }
}
