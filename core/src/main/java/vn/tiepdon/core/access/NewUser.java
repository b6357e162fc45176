package vn.tiepdon.core.access;

import vn.tiepdon.core.api.FieldLimits;

/** {@code POST /api/v1/users} (admin): a new receptionist or admin. */
public record NewUser(String user, String password, Role role) {
    public NewUser {
        FieldLimits.required("user", user, FieldLimits.USER);
        FieldLimits.required("password", password, FieldLimits.PASSWORD);
        FieldLimits.required("role", role);
    }

    @Override
    public String toString() {
        return "NewUser[user=" + user + ", password=***, role=" + role + "]";
    }
}
