package vn.tiepdon.core.access;

import vn.tiepdon.core.api.FieldLimits;

/** {@code POST /api/v1/sessions}: a person logs in. */
public record LoginRequest(String user, String password) {
    public LoginRequest {
        FieldLimits.required("user", user, FieldLimits.USER);
        FieldLimits.required("password", password, FieldLimits.PASSWORD);
    }

    @Override
    public String toString() {
        return "LoginRequest[user=" + user + ", password=***]";
    }
}
