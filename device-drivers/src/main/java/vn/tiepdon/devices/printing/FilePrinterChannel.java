package vn.tiepdon.devices.printing;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.OpenOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Appends each job to a file or a printer device node such as {@code /dev/usb/lp0}. For an ordinary
 * file the file and its parent directories are created; a path under {@code /dev/} is never
 * created (a missing device means the printer is unplugged: {@code OFFLINE}). Reads no status.
 */
public final class FilePrinterChannel implements PrinterChannel {

    private static final Logger log = LoggerFactory.getLogger(FilePrinterChannel.class);
    private static final Path DEVICE_DIRECTORY = Path.of("/dev");

    private final Path path;
    private final boolean deviceNode;

    public FilePrinterChannel(Path path) {
        this.path = Objects.requireNonNull(path).toAbsolutePath().normalize();
        this.deviceNode = this.path.startsWith(DEVICE_DIRECTORY);
    }

    @Override
    public String destination() {
        return "file:" + path;
    }

    @Override
    public synchronized PrintResult send(byte[] job) {
        try {
            OpenOption[] options;
            if (deviceNode) {
                options = new OpenOption[] {StandardOpenOption.WRITE, StandardOpenOption.APPEND};
            } else {
                Path parent = path.getParent();
                if (parent != null) {
                    Files.createDirectories(parent);
                }
                options = new OpenOption[] {StandardOpenOption.CREATE, StandardOpenOption.WRITE, StandardOpenOption.APPEND};
            }
            try (OutputStream out = Files.newOutputStream(path, options)) {
                out.write(job);
            }
            return new PrintResult.Printed(job.length, destination());
        } catch (NoSuchFileException e) {
            log.warn("Printer device {} is not present", path);
            return new PrintResult.Failed(deviceNode ? PrintResult.Failure.OFFLINE : PrintResult.Failure.IO_ERROR,
                    "no such file or device: " + path);
        } catch (IOException e) {
            log.warn("Writing {} bytes to {} failed: {}", job.length, path, e.toString());
            return new PrintResult.Failed(PrintResult.Failure.IO_ERROR, "write to " + path + " failed: " + e);
        }
    }
}
