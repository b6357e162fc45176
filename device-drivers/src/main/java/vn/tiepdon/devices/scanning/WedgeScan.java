package vn.tiepdon.devices.scanning;

import java.util.Objects;

/**
 * A code typed by a keyboard-wedge scanner: the ASCII {@code text} it typed, and how many
 * characters outside printable ASCII were {@code dropped} (a scanner in the wrong keyboard layout
 * types other letters for some keys; it cannot type Vietnamese letters at all).
 */
public record WedgeScan(String text, int dropped) {
    public WedgeScan {
        Objects.requireNonNull(text);
        if (dropped < 0) {
            throw new IllegalArgumentException("dropped must be >= 0");
        }
    }
}
