package vn.tiepdon.core.access;

import java.util.Objects;

/** {@code 201} to a device registration: the device's bearer token, shown this once only. */
public record DeviceToken(String token) {
    public DeviceToken {
        Objects.requireNonNull(token);
    }

    @Override
    public String toString() {
        return "DeviceToken[***]";
    }
}
