package vn.tiepdon.core.api;

/**
 * {@code POST /api/v1/tickets/{id}/return}: a parked ticket goes back to its queue, at the
 * {@code FRONT} (called next) or at its {@code PLACE} (where its number puts it).
 */
public record ReturnRequest(Position position) {
    public enum Position { FRONT, PLACE }

    public ReturnRequest {
        FieldLimits.required("position", position);
    }
}
