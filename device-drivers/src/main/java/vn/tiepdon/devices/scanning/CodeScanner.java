package vn.tiepdon.devices.scanning;

import java.util.function.Consumer;

/** A source of scanned code text (QR or barcode): serial scanner, camera, or the virtual twin. */
public interface CodeScanner extends AutoCloseable {
    /** Starts delivering each scanned text to {@code listener}, on the scanner's own thread. */
    void start(Consumer<String> listener);

    @Override
    void close();
}
