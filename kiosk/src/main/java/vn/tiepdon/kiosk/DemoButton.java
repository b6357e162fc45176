package vn.tiepdon.kiosk;

import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Demo only: a button of the virtual-device strip. It first runs {@code before} (for example
 * places a card on the virtual reader), then feeds {@code code} into the scanner path.
 */
public record DemoButton(String label, Optional<Runnable> before, Optional<String> code) {
    public DemoButton {
        Objects.requireNonNull(label);
        Objects.requireNonNull(before);
        Objects.requireNonNull(code);
    }

    /** A button that scans {@code code}. */
    public static DemoButton scan(String label, String code) {
        return new DemoButton(label, Optional.empty(), Optional.of(code));
    }

    static DemoButton of(Map.Entry<String, String> sample) {
        return scan(sample.getKey(), sample.getValue());
    }
}
