package vn.tiepdon.desk;

import java.util.List;
import java.util.Optional;
import vn.tiepdon.core.queue.TicketStatus;

/**
 * The desk's actions on one chosen ticket (beside the counter verbs of {@link VerbButton}): each
 * has a button and a function-key shortcut, acts on the ticket selected in a list or, when none
 * is selected, on the counter's current ticket, and is enabled only when that ticket allows it.
 * Texts: {@code ticketAction.<NAME>} in the bundles.
 */
enum TicketAction {
    /** Call the typed number, or the selected waiting ticket, to this counter. */
    CALL("F8", "F8"),
    /** Transfer the selected (or current) ticket to another queue or counter, with a note. */
    TRANSFER("F9", "F9"),
    /** Fix the failed lookup of the selected (or current) ticket. */
    FIX_LOOKUP("F10", "F10"),
    /** A parked ticket back to its queue, called next. */
    RETURN_FRONT("F11", "F11"),
    /** A parked ticket back to its queue, where its number puts it. */
    RETURN_PLACE("shift F11", "Shift+F11"),
    /** A skipped ticket back to its queue (the patient came after all). */
    RESTORE("F12", "F12"),
    /**
     * The patient's BHYT visit history from the gateway, asked with the lookup of the selected (or
     * current) ticket. Not an F-key: the twelve are taken; L for "Lịch sử".
     */
    VISIT_HISTORY("ctrl L", "Ctrl+L"),
    /**
     * The proof of the failed lookup of the selected (or current) ticket (QĐ 2555: a one-page PDF
     * for the patient's record), saved to a file and opened. P for "print".
     */
    PROOF("ctrl P", "Ctrl+P");

    /** Every key the desk uses: lists and fields must leave them to the desk. */
    static final List<String> DESK_KEYS = List.of("F1", "F2", "F3", "F4", "F5", "F6", "F7", "F8", "F9", "F10",
            "F11", "shift F11", "F12", "ctrl L", "ctrl P");

    private final String keyStroke;
    private final String shortcut;

    TicketAction(String keyStroke, String shortcut) {
        this.keyStroke = keyStroke;
        this.shortcut = shortcut;
    }

    /** For {@code KeyStroke.getKeyStroke}. */
    String keyStroke() {
        return keyStroke;
    }

    /** As the button shows it. */
    String shortcut() {
        return shortcut;
    }

    String textKey() {
        return "ticketAction." + name();
    }

    /** The ticket the action would act on: the selected one, or the current one when none is selected. */
    Optional<DeskTicket> target(DeskSnapshot s, Optional<DeskTicket> selected) {
        Optional<DeskTicket> chosen = selected.flatMap(t -> s.ticket(t.id()));
        return switch (this) {
            case CALL -> chosen.filter(t -> t.status() == TicketStatus.WAITING);
            case TRANSFER -> (selected.isPresent() ? chosen : s.current()).filter(t -> t.status() == TicketStatus.WAITING
                    || t.status() == TicketStatus.CALLED || t.status() == TicketStatus.PARKED);
            case FIX_LOOKUP -> (selected.isPresent() ? chosen : s.current()).filter(t -> t.lookupToFix().isPresent());
            case RETURN_FRONT, RETURN_PLACE -> chosen.filter(t -> t.status() == TicketStatus.PARKED);
            case RESTORE -> chosen.filter(t -> t.status() == TicketStatus.SKIPPED);
            case VISIT_HISTORY -> (selected.isPresent() ? chosen : s.current()).filter(t -> t.ticket().lookup()
                    .isPresent());
            case PROOF -> (selected.isPresent() ? chosen : s.current()).filter(t -> LookupProof.lookupOf(t)
                    .isPresent());
        };
    }

    /** Whether the button can be pressed; {@code typedNumber} is the call field's text. */
    boolean enabled(DeskSnapshot s, Optional<DeskTicket> selected, String typedNumber) {
        if (s.busy()) {
            return false;
        }
        if (this == CALL) {
            return !s.paused() && (!typedNumber.isBlank() || target(s, selected).isPresent());
        }
        return target(s, selected).isPresent();
    }
}
