package vn.tiepdon.core.printing;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * What goes on a printed queue ticket, already in the patient's language. {@code qrPayload} is a
 * short reference the desk can scan back (ticket id and number, never personal data).
 */
public record TicketSlip(String hospitalName, String ticketNumber, String queueName, String instruction,
                         List<String> details, LocalDateTime issuedAt, String qrPayload) {
    public TicketSlip {
        Objects.requireNonNull(hospitalName);
        Objects.requireNonNull(ticketNumber);
        Objects.requireNonNull(queueName);
        Objects.requireNonNull(instruction);
        details = List.copyOf(details);
        Objects.requireNonNull(issuedAt);
        Objects.requireNonNull(qrPayload);
    }
}
