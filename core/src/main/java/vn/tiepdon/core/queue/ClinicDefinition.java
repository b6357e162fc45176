package vn.tiepdon.core.queue;

import java.util.Objects;

/**
 * A specialty or clinic a patient can register for at the kiosk (where the hospital allows it):
 * {@code name} ("Nội tổng quát"), {@code room} where the patient goes ("Phòng 101 – Tầng 1"), and the
 * queue its tickets wait in.
 */
public record ClinicDefinition(String id, String name, String room, String queueId) {
    public ClinicDefinition {
        Objects.requireNonNull(id);
        Objects.requireNonNull(name);
        Objects.requireNonNull(room);
        Objects.requireNonNull(queueId);
    }

    /** The clinic as a ticket keeps it (without its queue: the ticket has its own). */
    public Clinic toClinic() {
        return new Clinic(id, name, room);
    }
}
