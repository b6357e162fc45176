package vn.tiepdon.core.printing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What goes on a printed queue ticket, already in the patient's language. {@code qrPayload} is a
 * short reference the desk can scan back (ticket id and number, never personal data).
 * {@code clinic} and {@code room}: the clinic chosen at the kiosk and where the patient goes, printed
 * large under the number.
 */
public record TicketSlip(String hospitalName, String ticketNumber, String queueName, String instruction,
                         List<String> details, LocalDateTime issuedAt, String qrPayload, Optional<String> clinic,
                         Optional<String> room) {
    public TicketSlip {
        Objects.requireNonNull(hospitalName);
        Objects.requireNonNull(ticketNumber);
        Objects.requireNonNull(queueName);
        Objects.requireNonNull(instruction);
        details = List.copyOf(details);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(qrPayload);
        clinic = clinic == null ? Optional.empty() : clinic;
        room = room == null ? Optional.empty() : room;
    }

    /** A ticket without a clinic. */
    public TicketSlip(String hospitalName, String ticketNumber, String queueName, String instruction,
                      List<String> details, LocalDateTime issuedAt, String qrPayload) {
        this(hospitalName, ticketNumber, queueName, instruction, details, issuedAt, qrPayload, Optional.empty(),
                Optional.empty());
    }
}
