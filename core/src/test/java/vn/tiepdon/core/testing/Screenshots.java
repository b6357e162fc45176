package vn.tiepdon.core.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Component;
import java.awt.Container;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import javax.swing.JComponent;
import javax.swing.SwingUtilities;

/**
 * For the UI modules' tests (kiosk, desk, queue-display; shared through core's test-jar).
 * Paints a panel (never a JFrame) into an image, headless or not, saves it under
 * {@code target/screenshots}, and checks that something was drawn.
 */
public final class Screenshots {
    public static final Path DIRECTORY = Path.of("target", "screenshots");

    private Screenshots() {
    }

    /** Builds the panel on the EDT, lays it out at {@code width × height} and paints it. */
    public static BufferedImage paint(Supplier<? extends JComponent> panel, int width, int height) {
        AtomicReference<BufferedImage> image = new AtomicReference<>();
        onEdt(() -> {
            JComponent c = panel.get();
            c.setSize(width, height);
            layOut(c);
            layOut(c);
            BufferedImage img = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
            Graphics2D g = img.createGraphics();
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            c.printAll(g);
            g.dispose();
            image.set(img);
        });
        return image.get();
    }

    public static Path save(BufferedImage image, String name) {
        try {
            Files.createDirectories(DIRECTORY);
            Path file = DIRECTORY.resolve(name + ".png");
            ImageIO.write(image, "png", file.toFile());
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Not one flat colour: many colours, and a fair share of pixels unlike the corner's. */
    public static void assertNotBlank(BufferedImage image) {
        Set<Integer> colours = new HashSet<>();
        int background = image.getRGB(0, 0);
        long different = 0;
        for (int y = 0; y < image.getHeight(); y += 2) {
            for (int x = 0; x < image.getWidth(); x += 2) {
                int rgb = image.getRGB(x, y);
                colours.add(rgb);
                if (rgb != background) {
                    different++;
                }
            }
        }
        long sampled = (long) (image.getWidth() / 2) * (image.getHeight() / 2);
        assertThat(colours).as("distinct colours").hasSizeGreaterThan(16);
        assertThat(different).as("pixels unlike the background").isGreaterThan(sampled / 100);
    }

    public static void onEdt(Runnable r) {
        try {
            SwingUtilities.invokeAndWait(r);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(e.getCause());
        }
    }

    private static void layOut(Component c) {
        c.doLayout();
        if (c instanceof Container container) {
            for (Component child : container.getComponents()) {
                layOut(child);
            }
        }
    }
}
