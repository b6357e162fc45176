package vn.tiepdon.core.access;

import vn.tiepdon.core.api.FieldLimits;

/**
 * {@code POST /api/v1/devices} (admin): registers a kiosk or display, or gives a registered one a
 * new token (its old token stops working).
 */
public record DeviceRequest(String id, Role role) {
    public DeviceRequest {
        FieldLimits.required("id", id, FieldLimits.DEVICE_ID);
        FieldLimits.required("role", role);
    }
}
