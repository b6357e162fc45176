package vn.tiepdon.devices.camera;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Image files (PNG, JPEG, BMP, GIF: what {@link ImageIO} reads) as grayscale frames. */
public final class ImageFrames {
    private ImageFrames() {
    }

    /** The image at {@code file}, gray; IOException when it cannot be read or is not an image. */
    public static GrayFrame read(Path file) throws IOException {
        BufferedImage image;
        try (var in = Files.newInputStream(file)) {
            image = ImageIO.read(in);
        }
        if (image == null) {
            throw new IOException("not an image in a format this Java reads (PNG, JPEG, BMP, GIF)");
        }
        return gray(image);
    }

    /** Luma (ITU-R BT.601) of each pixel; transparent pixels count as white, like paper. */
    public static GrayFrame gray(BufferedImage image) {
        int w = image.getWidth();
        int h = image.getHeight();
        byte[] pixels = new byte[GrayFrame.byteCount(w, h)];
        int[] row = new int[w];
        for (int y = 0; y < h; y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            for (int x = 0; x < w; x++) {
                int argb = row[x];
                int a = argb >>> 24;
                int luma = (299 * ((argb >> 16) & 0xff) + 587 * ((argb >> 8) & 0xff) + 114 * (argb & 0xff)) / 1000;
                int value = (luma * a + 255 * (255 - a)) / 255;
                pixels[y * w + x] = (byte) value;
            }
        }
        return new GrayFrame(w, h, pixels);
    }
}
