package vn.tiepdon.server.http;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import vn.tiepdon.core.access.Role;

/**
 * Who may use a route. An admin may use every route that needs a token; {@link #anyone()} is only
 * for the health check and logging in.
 */
public record Allowed(boolean needsToken, Set<Role> roles) {
    public Allowed {
        Objects.requireNonNull(roles);
        roles = Collections.unmodifiableSet(roles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(roles));
    }

    /** No token needed. */
    public static Allowed anyone() {
        return new Allowed(false, EnumSet.allOf(Role.class));
    }

    /** Callers with one of these roles, or an admin. */
    public static Allowed roles(Role first, Role... more) {
        EnumSet<Role> set = EnumSet.of(Role.ADMIN, first);
        set.addAll(java.util.List.of(more));
        return new Allowed(true, set);
    }

    /** Admins only. */
    public static Allowed admin() {
        return new Allowed(true, EnumSet.of(Role.ADMIN));
    }

    /** Any caller with a valid token, whatever the role. */
    public static Allowed signedIn() {
        return new Allowed(true, EnumSet.allOf(Role.class));
    }

    public boolean permits(Role role) {
        return roles.contains(role);
    }
}
