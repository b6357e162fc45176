package vn.tiepdon.server.http;

import java.util.Objects;
import vn.tiepdon.core.access.Role;

/**
 * Who made a request: a signed-in person (name = user name) or a device (name = device id), with
 * the role that decides what they may do.
 */
public record Caller(String name, Role role) {
    public Caller {
        Objects.requireNonNull(name);
        Objects.requireNonNull(role);
    }

    /** How events and logs name the caller: {@code user:lan}, {@code kiosk:kiosk-1}, {@code display:hall-1}. */
    public String actor() {
        return switch (role) {
            case ADMIN, RECEPTIONIST -> "user:" + name;
            case KIOSK -> "kiosk:" + name;
            case DISPLAY -> "display:" + name;
        };
    }
}
