package vn.tiepdon.core.queue;

import java.util.Objects;

/**
 * The clinic a ticket was registered for at the kiosk, as printed on its slip: kept with the
 * ticket, so the room the patient was told stays the same when the configuration changes later.
 */
public record Clinic(String id, String name, String room) {
    public Clinic {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(room);
    }
}
