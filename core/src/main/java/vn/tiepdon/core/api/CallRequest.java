package vn.tiepdon.core.api;

/** {@code POST /api/v1/counters/{id}/call}: call a chosen ticket by its number ({@code A012}). */
public record CallRequest(String number) {
    public CallRequest {
        FieldLimits.required("number", number, FieldLimits.SHORT);
    }
}
