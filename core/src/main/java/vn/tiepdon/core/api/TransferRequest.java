package vn.tiepdon.core.api;

import java.util.Optional;

/**
 * {@code POST /api/v1/tickets/{id}/transfer}: to another queue ({@code queueId}) or to one counter
 * ({@code counterId}: only that counter calls it), with a note the receiving desk shows.
 */
public record TransferRequest(Optional<String> queueId, Optional<String> counterId, String note) {
    public TransferRequest {
        queueId = FieldLimits.check("queueId", queueId, FieldLimits.QUEUE_ID);
        counterId = FieldLimits.check("counterId", counterId, FieldLimits.QUEUE_ID);
        note = note == null ? "" : FieldLimits.check("note", note, FieldLimits.NOTE);
        if (queueId.isPresent() == counterId.isPresent()) {
            throw new IllegalArgumentException("give exactly one of 'queueId' and 'counterId'");
        }
    }

    public static TransferRequest toQueue(String queueId, String note) {
        return new TransferRequest(Optional.of(queueId), Optional.empty(), note);
    }

    public static TransferRequest toCounter(String counterId, String note) {
        return new TransferRequest(Optional.empty(), Optional.of(counterId), note);
    }
}
