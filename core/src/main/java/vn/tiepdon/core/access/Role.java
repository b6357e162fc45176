package vn.tiepdon.core.access;

/**
 * Who may call what. People log in ({@link #ADMIN}, {@link #RECEPTIONIST}); devices hold a token
 * ({@link #KIOSK}, {@link #DISPLAY}). The role matrix is in docs/api.md.
 */
public enum Role {
    /** Everything, plus users, devices and statistics. */
    ADMIN(false),
    /** Tickets, counter verbs, lookups, portraits, the staff event stream. */
    RECEPTIONIST(false),
    /** Setup, check-in, the portrait of its own tickets. */
    KIOSK(true),
    /** Setup and the hall event stream. */
    DISPLAY(true);

    private final boolean device;

    Role(boolean device) {
        this.device = device;
    }

    /** True for device roles (a token per device), false for people (a password and sessions). */
    public boolean device() {
        return device;
    }
}
