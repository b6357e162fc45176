package vn.tiepdon.core.api;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * Where one ticket stands, as the kiosk shows it when a patient scans the QR of their slip
 * ({@code GET /api/v1/ticket-status/{day}/{number}}). No personal data: number, queue, status,
 * the counter that called it, and how many tickets wait before it in its queue (0 unless
 * {@code WAITING}).
 */
public record TicketStatusView(LocalDate day, String number, String queueName, TicketStatus status,
                               Optional<String> counterName, int waitingAhead) {
    public TicketStatusView {
        Objects.requireNonNull(day);
        Objects.requireNonNull(number);
        Objects.requireNonNull(queueName);
        Objects.requireNonNull(status);
        counterName = counterName == null ? Optional.empty() : counterName;
        if (waitingAhead < 0) {
            throw new IllegalArgumentException("waitingAhead < 0");
        }
    }
}
