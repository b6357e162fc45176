package vn.tiepdon.core.api;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.queue.TicketStatus;

/** A ticket as desks and displays see it. {@code patientName} is shown to staff only. */
public record TicketView(long id, String number, String queueId, String queueName, TicketStatus status,
                         Instant issuedAt, Optional<Instant> calledAt, Optional<String> counterId,
                         Optional<String> counterName, Optional<String> patientName,
                         Optional<LookupView> lookup) {
    public TicketView {
        Objects.requireNonNull(number);
        Objects.requireNonNull(queueId);
        Objects.requireNonNull(queueName);
        Objects.requireNonNull(status);
        Objects.requireNonNull(issuedAt);
        calledAt = calledAt == null ? Optional.empty() : calledAt;
        counterId = counterId == null ? Optional.empty() : counterId;
        counterName = counterName == null ? Optional.empty() : counterName;
        patientName = patientName == null ? Optional.empty() : patientName;
        lookup = lookup == null ? Optional.empty() : lookup;
    }
}
