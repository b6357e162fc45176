package vn.tiepdon.core.api;

import java.util.Arrays;
import java.util.Objects;

/**
 * The portrait from a CCCD chip (DG2), for the receptionist to compare with the patient. It is
 * read after the ticket is printed, only when the kiosk is set to, and kept for the service day
 * only. {@code contentType}: {@code image/jpeg} or {@code image/jp2}.
 */
public record Portrait(String contentType, byte[] image) {
    /** Larger images are refused: real CCCD portraits are 10–20 kB. */
    public static final int MAX_BYTES = 200_000;

    public Portrait {
        Objects.requireNonNull(contentType);
        Objects.requireNonNull(image);
        if (!contentType.equals("image/jpeg") && !contentType.equals("image/jp2")) {
            throw new IllegalArgumentException("portrait must be image/jpeg or image/jp2, not " + contentType);
        }
        if (image.length == 0 || image.length > MAX_BYTES) {
            throw new IllegalArgumentException("portrait must be 1.." + MAX_BYTES + " bytes, got " + image.length);
        }
        image = image.clone();
    }

    @Override
    public byte[] image() {
        return image.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Portrait p && p.contentType.equals(contentType) && Arrays.equals(p.image, image);
    }

    @Override
    public int hashCode() {
        return contentType.hashCode() * 31 + Arrays.hashCode(image);
    }

    @Override
    public String toString() {
        return "Portrait[" + contentType + ", " + image.length + " bytes]";
    }
}
