package vn.tiepdon.desk;

import java.util.Objects;
import java.util.Optional;
import vn.tiepdon.core.api.LookupView;
import vn.tiepdon.core.api.TicketView;
import vn.tiepdon.core.eligibility.LookupClass;

/**
 * A ticket's BHYT lookup as the receptionist reads it: class, colour category, short label, the
 * staff message (what exactly is wrong) and one line of technical detail.
 */
public record LookupStatus(Optional<LookupClass> lookupClass, LookupCategory category, String label,
                           String staffMessage, String details) {
    public LookupStatus {
        Objects.requireNonNull(lookupClass);
        Objects.requireNonNull(category);
        Objects.requireNonNull(label);
        Objects.requireNonNull(staffMessage);
        Objects.requireNonNull(details);
    }

    /**
     * The ticket's lookup, unless the chip's data failed passive authentication: then the ticket
     * is flagged as failed whatever the lookup said, so the receptionist checks the card.
     */
    public static LookupStatus of(TicketView ticket, DeskMessages m) {
        LookupStatus status = of(ticket.lookup(), m);
        if (!ticket.identityTampered()) {
            return status;
        }
        String check = ticket.identityCheck().map(Enum::name).orElse("");
        return new LookupStatus(status.lookupClass(), LookupCategory.FAILED, m.text("identity.tampered"),
                m.text("identity.tampered.staff", check, status.label()), status.details());
    }

    public static LookupStatus of(Optional<LookupView> lookup, DeskMessages m) {
        if (lookup.isEmpty()) {
            return new LookupStatus(Optional.empty(), LookupCategory.NONE, m.text("lookup.none"), "", "");
        }
        LookupView l = lookup.get();
        String details = m.text("lookup.details", l.method(), l.documentKind(), l.maskedKey(),
                l.code().orElse("—"), Long.toString(l.millis()), Integer.toString(l.attempts()));
        return new LookupStatus(Optional.of(l.lookupClass()), categoryOf(l.lookupClass()),
                m.text("lookup." + l.lookupClass().name()), m.lookups().staff(l), details);
    }

    public static LookupCategory categoryOf(LookupClass lookupClass) {
        return switch (lookupClass) {
            case ELIGIBLE -> LookupCategory.OK;
            case ELIGIBLE_WITH_WARNING -> LookupCategory.WARNING;
            case NOT_ELIGIBLE, FIXABLE_DATA_ERROR, SETUP_ERROR, GATEWAY_ERROR, TEMPORARY_CARD -> LookupCategory.FAILED;
        };
    }
}
